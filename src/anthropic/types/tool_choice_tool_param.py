from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceToolParam"]


class ToolChoiceToolParam(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["tool"]]
    disable_parallel_tool_use: bool
