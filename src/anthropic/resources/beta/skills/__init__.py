"""``client.beta.skills`` and ``client.beta.skills.versions``."""

from __future__ import annotations

from .skills import (
    AsyncSkills,
    AsyncSkillsWithRawResponse,
    AsyncSkillsWithStreamingResponse,
    Skills,
    SkillsWithRawResponse,
    SkillsWithStreamingResponse,
)
from .versions import (
    AsyncVersions,
    AsyncVersionsWithRawResponse,
    AsyncVersionsWithStreamingResponse,
    Versions,
    VersionsWithRawResponse,
    VersionsWithStreamingResponse,
)

__all__ = [
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]
