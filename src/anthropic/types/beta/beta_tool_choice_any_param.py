from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolChoiceAnyParam"]


class BetaToolChoiceAnyParam(TypedDict, total=False):
    type: Required[Literal["any"]]
    disable_parallel_tool_use: bool
