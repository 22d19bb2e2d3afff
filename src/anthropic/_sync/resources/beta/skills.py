# File generated from src/anthropic/_async/resources/beta/skills.py by tools/unasync.py. Do not edit.
"""``client.beta.skills``: custom skills (folders of instructions and code the model can use)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, Optional

from ...._endpoints import skills as _skills
from ...._types import not_given, omit
from ...._utils import strip_omitted
from ...pagination import SyncPageCursor
from ...resource import SyncAPIResource
from ...response import to_raw_response_wrapper, to_streamed_response_wrapper
from .versions import Versions, VersionsWithRawResponse, VersionsWithStreamingResponse

if TYPE_CHECKING:
    import httpx

    from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.skill_create_response import SkillCreateResponse
    from ....types.beta.skill_delete_response import SkillDeleteResponse
    from ....types.beta.skill_list_response import SkillListResponse
    from ....types.beta.skill_retrieve_response import SkillRetrieveResponse

__all__ = ["Skills", "SkillsWithRawResponse", "SkillsWithStreamingResponse"]


class Skills(SyncAPIResource):
    @cached_property
    def versions(self) -> Versions:
        return Versions(self._client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return SkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        display_title: Optional[str] | Omit = omit,
        files: Optional[SequenceNotStr[FileTypes]] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillCreateResponse:
        """Create a skill from its files (multipart; this also creates its first version).

        Every file must sit in one top-level directory holding a ``SKILL.md``: give each as
        ``("my-skill/SKILL.md", content)`` to keep its relative path (a path keeps only its
        base name), or use ``anthropic.lib.files_from_dir("my-skill")``.

        Args:
          display_title: A human-readable label (not part of the prompt).
          files: The skill's files.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional form fields for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skill_create_response import SkillCreateResponse

        e = _skills.create(
            strip_omitted(display_title=display_title), files, betas, (extra_headers, extra_query, extra_body, timeout)
        )
        return self._post(e.path, body=e.body, files=e.files, options=e.options, cast_to=SkillCreateResponse)

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillRetrieveResponse:
        """Get a skill.

        Args:
          skill_id: ID of the skill.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skill_retrieve_response import SkillRetrieveResponse

        e = _skills.skill(skill_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._get(e.path, options=e.options, cast_to=SkillRetrieveResponse)

    def list(
        self,
        *,
        limit: int | Omit = omit,
        page: Optional[str] | Omit = omit,
        source: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPageCursor[SkillListResponse]:
        """List skills (iterate to get every page).

        Args:
          limit: Number of skills per page.
          page: The ``next_page`` token of a previous page.
          source: Only ``"custom"`` (created by you) or ``"anthropic"`` skills.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skill_list_response import SkillListResponse

        e = _skills.list_skills(
            strip_omitted(limit=limit, page=page, source=source),
            betas,
            (extra_headers, extra_query, extra_body, timeout),
        )
        return self._get_api_list(
            e.path, page=SyncPageCursor[SkillListResponse], options=e.options, model=SkillListResponse
        )

    def delete(
        self,
        skill_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillDeleteResponse:
        """Delete a skill (its versions must be deleted first).

        Args:
          skill_id: ID of the skill.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skill_delete_response import SkillDeleteResponse

        e = _skills.skill(skill_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._delete(e.path, options=e.options, cast_to=SkillDeleteResponse)


class SkillsWithRawResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_raw_response_wrapper(skills.create)
        self.retrieve = to_raw_response_wrapper(skills.retrieve)
        self.list = to_raw_response_wrapper(skills.list)
        self.delete = to_raw_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        return VersionsWithRawResponse(self._skills.versions)


class SkillsWithStreamingResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_streamed_response_wrapper(skills.create)
        self.retrieve = to_streamed_response_wrapper(skills.retrieve)
        self.list = to_streamed_response_wrapper(skills.list)
        self.delete = to_streamed_response_wrapper(skills.delete)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        return VersionsWithStreamingResponse(self._skills.versions)
