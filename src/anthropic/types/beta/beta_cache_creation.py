from ..._models import BaseModel

__all__ = ["BetaCacheCreation"]


class BetaCacheCreation(BaseModel):
    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
