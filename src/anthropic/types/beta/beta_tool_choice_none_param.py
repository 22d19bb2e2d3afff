from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolChoiceNoneParam"]


class BetaToolChoiceNoneParam(TypedDict, total=False):
    type: Required[Literal["none"]]
