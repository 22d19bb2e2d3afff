from typing import Iterable, Union

from typing_extensions import Literal, Required, TypedDict

from .beta_content_block_param import BetaContentBlockParam

__all__ = ["BetaMessageParam"]


class BetaMessageParam(TypedDict, total=False):
    content: Required[Union[str, Iterable[BetaContentBlockParam]]]
    role: Required[Literal["user", "assistant"]]
