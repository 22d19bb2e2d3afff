from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ..._utils import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["SkillListParams"]


class SkillListParams(TypedDict, total=False):
    limit: int
    page: Optional[str]
    source: Optional[str]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
