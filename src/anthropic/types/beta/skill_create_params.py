from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ..._types import FileTypes, SequenceNotStr
from ..._utils import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    display_title: Optional[str]
    files: Optional[SequenceNotStr[FileTypes]]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
