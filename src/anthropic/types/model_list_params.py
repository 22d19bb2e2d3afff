from typing import List

from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo
from .anthropic_beta_param import AnthropicBetaParam

__all__ = ["ModelListParams"]


class ModelListParams(TypedDict, total=False):
    after_id: str
    before_id: str
    limit: int
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
