from ..._models import BaseModel

__all__ = ["BetaCitationConfig"]


class BetaCitationConfig(BaseModel):
    enabled: bool
