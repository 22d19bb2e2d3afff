from typing import Iterable, List

from typing_extensions import Annotated, Literal, Required, TypedDict

from ...._utils import PropertyInfo
from ...anthropic_beta_param import AnthropicBetaParam
from ..message_create_params import MessageCreateParamsNonStreaming

__all__ = ["BatchCreateParams", "Request", "RequestParamsOutputFormat"]


class Request(TypedDict, total=False):
    custom_id: Required[str]
    params: Required[MessageCreateParamsNonStreaming]


class BatchCreateParams(TypedDict, total=False):
    requests: Required[Iterable[Request]]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]


class RequestParamsOutputFormat(TypedDict, total=False):
    schema: Required[object]
    type: Required[Literal["json_schema"]]
