from .._models import BaseModel

__all__ = ["CacheCreation"]


class CacheCreation(BaseModel):
    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
