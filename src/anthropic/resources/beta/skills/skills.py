from __future__ import annotations

from ...._async.resources.beta.skills import (
    AsyncSkills,
    AsyncSkillsWithRawResponse,
    AsyncSkillsWithStreamingResponse,
)
from ...._sync.resources.beta.skills import (
    Skills,
    SkillsWithRawResponse,
    SkillsWithStreamingResponse,
)

__all__ = [
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
]
