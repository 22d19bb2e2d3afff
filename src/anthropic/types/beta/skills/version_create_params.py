from typing import List, Optional

from typing_extensions import Annotated, TypedDict

from ...._types import FileTypes, SequenceNotStr
from ...._utils import PropertyInfo
from ...anthropic_beta_param import AnthropicBetaParam

__all__ = ["VersionCreateParams"]


class VersionCreateParams(TypedDict, total=False):
    files: Optional[SequenceNotStr[FileTypes]]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]
