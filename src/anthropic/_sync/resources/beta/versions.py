# File generated from src/anthropic/_async/resources/beta/versions.py by tools/unasync.py. Do not edit.
"""``client.beta.skills.versions``: the versions of a skill."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, Optional

from ...._endpoints import skills as _skills
from ...._types import not_given, omit
from ...._utils import strip_omitted
from ...pagination import SyncPageCursor
from ...resource import SyncAPIResource
from ...response import to_raw_response_wrapper, to_streamed_response_wrapper

if TYPE_CHECKING:
    import httpx

    from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.skills.version_create_response import VersionCreateResponse
    from ....types.beta.skills.version_delete_response import VersionDeleteResponse
    from ....types.beta.skills.version_list_response import VersionListResponse
    from ....types.beta.skills.version_retrieve_response import VersionRetrieveResponse

__all__ = ["Versions", "VersionsWithRawResponse", "VersionsWithStreamingResponse"]


class Versions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VersionsWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return VersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return VersionsWithStreamingResponse(self)

    def create(
        self,
        skill_id: str,
        *,
        files: Optional[SequenceNotStr[FileTypes]] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionCreateResponse:
        """Create a new version of a skill from its files (multipart, as ``skills.create``).

        Args:
          skill_id: ID of the skill.
          files: The skill's files, all in one top-level directory holding a ``SKILL.md``.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional form fields for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skills.version_create_response import VersionCreateResponse

        e = _skills.create_version(skill_id, files, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._post(e.path, body=e.body, files=e.files, options=e.options, cast_to=VersionCreateResponse)

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionRetrieveResponse:
        """Get one version of a skill.

        Args:
          version: The version (a Unix epoch timestamp in microseconds, e.g. ``"1759178010641129"``).
          skill_id: ID of the skill.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skills.version_retrieve_response import VersionRetrieveResponse

        e = _skills.version(version, skill_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._get(e.path, options=e.options, cast_to=VersionRetrieveResponse)

    def list(
        self,
        skill_id: str,
        *,
        limit: Optional[int] | Omit = omit,
        page: Optional[str] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPageCursor[VersionListResponse]:
        """List the versions of a skill, newest first (iterate to get every page).

        Args:
          skill_id: ID of the skill.
          limit: Number of versions per page.
          page: The ``next_page`` token of a previous page.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skills.version_list_response import VersionListResponse

        e = _skills.list_versions(
            skill_id, strip_omitted(limit=limit, page=page), betas, (extra_headers, extra_query, extra_body, timeout)
        )
        return self._get_api_list(
            e.path, page=SyncPageCursor[VersionListResponse], options=e.options, model=VersionListResponse
        )

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VersionDeleteResponse:
        """Delete one version of a skill.

        Args:
          version: The version (a Unix epoch timestamp in microseconds).
          skill_id: ID of the skill.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.skills.version_delete_response import VersionDeleteResponse

        e = _skills.version(version, skill_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._delete(e.path, options=e.options, cast_to=VersionDeleteResponse)


class VersionsWithRawResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_raw_response_wrapper(versions.create)
        self.retrieve = to_raw_response_wrapper(versions.retrieve)
        self.list = to_raw_response_wrapper(versions.list)
        self.delete = to_raw_response_wrapper(versions.delete)


class VersionsWithStreamingResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_streamed_response_wrapper(versions.create)
        self.retrieve = to_streamed_response_wrapper(versions.retrieve)
        self.list = to_streamed_response_wrapper(versions.list)
        self.delete = to_streamed_response_wrapper(versions.delete)
