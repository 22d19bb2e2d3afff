"""``client.beta``: beta features: messages (with batches), models, files and skills."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...resource import AsyncAPIResource

if TYPE_CHECKING:
    from .files import AsyncFiles, AsyncFilesWithRawResponse, AsyncFilesWithStreamingResponse
    from .messages import AsyncMessages, AsyncMessagesWithRawResponse, AsyncMessagesWithStreamingResponse
    from .models import AsyncModels, AsyncModelsWithRawResponse, AsyncModelsWithStreamingResponse
    from .skills import AsyncSkills, AsyncSkillsWithRawResponse, AsyncSkillsWithStreamingResponse

__all__ = ["AsyncBeta", "AsyncBetaWithRawResponse", "AsyncBetaWithStreamingResponse"]


class AsyncBeta(AsyncAPIResource):
    @cached_property
    def messages(self) -> AsyncMessages:
        from .messages import AsyncMessages

        return AsyncMessages(self._client)

    @cached_property
    def models(self) -> AsyncModels:
        from .models import AsyncModels

        return AsyncModels(self._client)

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .skills import AsyncSkills

        return AsyncSkills(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same resources, returning raw HTTP responses (``.parse()`` gives the result)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same resources, returning context managers over unread responses."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        return self._beta.messages.with_raw_response

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        return self._beta.models.with_raw_response

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        return self._beta.files.with_raw_response

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        return self._beta.skills.with_raw_response


class AsyncBetaWithStreamingResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        return self._beta.messages.with_streaming_response

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        return self._beta.models.with_streaming_response

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        return self._beta.files.with_streaming_response

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        return self._beta.skills.with_streaming_response
