# File generated from tests/async_tests/conftest.py by tools/unasync.py. Do not edit.
"""Every behaviour test runs with a 1000x shorter retry backoff (no test sleeps long)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _short_backoff(fast_retries: None) -> None:
    return None
