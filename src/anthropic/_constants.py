"""Client defaults and the fixed tables the request builders consult.

Importing this module imports httpx (``DEFAULT_TIMEOUT`` is an ``httpx.Timeout``); the
package root only touches it when one of these names is first used.
"""

from __future__ import annotations

import httpx

__all__ = [
    "AI_PROMPT",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEPRECATED_MODELS",
    "HUMAN_PROMPT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MODEL_NONSTREAMING_TOKENS",
    "RAW_RESPONSE_HEADER",
]

RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"

# 10 minutes for reads and writes, 5 seconds to connect.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"

# Largest max_tokens a non-streaming request may ask of these models.
MODEL_NONSTREAMING_TOKENS: dict[str, int] = {
    "claude-opus-4-20250514": 8192,
    "claude-opus-4-0": 8192,
    "claude-4-opus-20250514": 8192,
    "anthropic.claude-opus-4-20250514-v1:0": 8192,
    "claude-opus-4@20250514": 8192,
    "claude-opus-4-1-20250805": 8192,
    "anthropic.claude-opus-4-1-20250805-v1:0": 8192,
    "claude-opus-4-1@20250805": 8192,
}

# Model id -> end-of-life date, for the DeprecationWarning of the messages endpoints.
DEPRECATED_MODELS: dict[str, str] = {
    "claude-1.3": "November 6th, 2024",
    "claude-1.3-100k": "November 6th, 2024",
    "claude-instant-1.1": "November 6th, 2024",
    "claude-instant-1.1-100k": "November 6th, 2024",
    "claude-instant-1.2": "November 6th, 2024",
    "claude-3-sonnet-20240229": "July 21st, 2025",
    "claude-3-opus-20240229": "January 5th, 2026",
    "claude-2.1": "July 21st, 2025",
    "claude-2.0": "July 21st, 2025",
    "claude-3-7-sonnet-latest": "February 19th, 2026",
    "claude-3-7-sonnet-20250219": "February 19th, 2026",
}
