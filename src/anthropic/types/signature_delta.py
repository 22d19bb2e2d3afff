from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["SignatureDelta"]


class SignatureDelta(BaseModel):
    signature: str
    type: Literal["signature_delta"]
