from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ...._utils import PropertyInfo
from ...anthropic_beta_param import AnthropicBetaParam

__all__ = ["VersionListParams"]


class VersionListParams(TypedDict, total=False):
    limit: Optional[int]
    page: Optional[str]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
