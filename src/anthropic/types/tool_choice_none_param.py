from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceNoneParam"]


class ToolChoiceNoneParam(TypedDict, total=False):
    type: Required[Literal["none"]]
