"""In-memory state of the stateful endpoints (message batches, files, skills), one per server.

Handlers hold `Store.lock` while they read or change it (connections are served on several threads).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

__all__ = ["Batch", "Skill", "SkillVersion", "Store", "StoredFile", "iso_now"]


def iso_now(offset_seconds: float = 0.0) -> str:
    """The current UTC time (plus `offset_seconds`) as the API writes it: `2025-01-01T00:00:00.123456Z`."""
    moment = datetime.fromtimestamp(time.time() + offset_seconds, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Batch:
    """A message batch: its API object, the requests it was created with, and (once ended) its results."""

    data: Dict[str, Any]
    requests: List[Dict[str, Any]]
    results: Optional[bytes] = None  # the JSONL body, rendered once when the batch ends


@dataclass
class StoredFile:
    """An uploaded file: its metadata and its bytes (a view into the upload's body: no copy)."""

    data: Dict[str, Any]
    content: memoryview


@dataclass
class SkillVersion:
    data: Dict[str, Any]
    files: Dict[str, memoryview]


@dataclass
class Skill:
    data: Dict[str, Any]
    versions: Dict[str, SkillVersion] = field(default_factory=lambda: {})  # by version, oldest first


class Store:
    """Everything the stateful endpoints remember (kept across `FakeAnthropic.reset()`)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.batches: Dict[str, Batch] = {}  # creation order
        self.files: Dict[str, StoredFile] = {}
        self.skills: Dict[str, Skill] = {}
        self._last_version = 0

    def next_version(self) -> str:
        """A skill version: the creation time as Unix epoch microseconds, strictly increasing."""
        now = time.time_ns() // 1000
        self._last_version = max(now, self._last_version + 1)
        return str(self._last_version)
