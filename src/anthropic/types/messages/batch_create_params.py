from typing import Iterable

from typing_extensions import Required, TypedDict

from ..message_create_params import MessageCreateParamsNonStreaming

__all__ = ["BatchCreateParams", "Request"]


class Request(TypedDict, total=False):
    custom_id: Required[str]
    params: Required[MessageCreateParamsNonStreaming]


class BatchCreateParams(TypedDict, total=False):
    requests: Required[Iterable[Request]]
