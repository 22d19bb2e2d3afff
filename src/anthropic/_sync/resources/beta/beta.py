# File generated from src/anthropic/_async/resources/beta/beta.py by tools/unasync.py. Do not edit.
"""``client.beta``: beta features: messages (with batches), models, files and skills."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...resource import SyncAPIResource

if TYPE_CHECKING:
    from .files import Files, FilesWithRawResponse, FilesWithStreamingResponse
    from .messages import Messages, MessagesWithRawResponse, MessagesWithStreamingResponse
    from .models import Models, ModelsWithRawResponse, ModelsWithStreamingResponse
    from .skills import Skills, SkillsWithRawResponse, SkillsWithStreamingResponse

__all__ = ["Beta", "BetaWithRawResponse", "BetaWithStreamingResponse"]


class Beta(SyncAPIResource):
    @cached_property
    def messages(self) -> Messages:
        from .messages import Messages

        return Messages(self._client)

    @cached_property
    def models(self) -> Models:
        from .models import Models

        return Models(self._client)

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self._client)

    @cached_property
    def skills(self) -> Skills:
        from .skills import Skills

        return Skills(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same resources, returning raw HTTP responses (``.parse()`` gives the result)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same resources, returning context managers over unread responses."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        return self._beta.messages.with_raw_response

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        return self._beta.models.with_raw_response

    @cached_property
    def files(self) -> FilesWithRawResponse:
        return self._beta.files.with_raw_response

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        return self._beta.skills.with_raw_response


class BetaWithStreamingResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        return self._beta.messages.with_streaming_response

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        return self._beta.models.with_streaming_response

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        return self._beta.files.with_streaming_response

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        return self._beta.skills.with_streaming_response
