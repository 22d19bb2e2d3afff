"""Reading and checking the JSON Lines input of `batches create` (pure: no network).

Every line is checked before anything is sent, so a batch is either created from the whole file or not at all.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Iterable, List, Optional, Tuple

__all__ = ["BadInput", "parse_requests"]

_CUSTOM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class BadInput(Exception):
    """The input file has a bad line (`line` is 1-based); `bad_lines` counts every bad line of the file."""

    def __init__(self, line: int, problem: str, bad_lines: int) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem
        self.bad_lines = bad_lines


def _check_params(params: Dict[str, Any]) -> Optional[str]:
    model = params.get("model")
    if not isinstance(model, str) or not model:
        return "params.model: required (a non-empty string)"
    max_tokens = params.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        return "params.max_tokens: required (a positive integer)"
    messages = params.get("messages")
    if not isinstance(messages, list) or not messages:
        return "params.messages: required (a non-empty list)"
    for index, message in enumerate(messages):  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
        if not isinstance(message, dict) or "role" not in message or "content" not in message:
            return f"params.messages[{index}]: expected an object with `role` and `content`"
    if params.get("stream"):
        return "params.stream: batch requests cannot stream"
    return None


def _check_line(text: str, seen: Dict[str, int], number: int) -> Tuple[Optional[str], Optional[Dict[str, Any]]]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        return f"not valid JSON ({exc})", None
    if not isinstance(value, dict):
        return "expected a JSON object with `custom_id` and `params`", None
    request: Dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
    custom_id = request.get("custom_id")
    if not isinstance(custom_id, str):
        return "custom_id: required (a string)", None
    if not _CUSTOM_ID.fullmatch(custom_id):
        return f"custom_id {custom_id!r}: use 1 to 64 letters, digits, '-' or '_'", None
    if custom_id in seen:
        return f"custom_id {custom_id!r} is already used on line {seen[custom_id]}", None
    seen[custom_id] = number
    params = request.get("params")
    if not isinstance(params, dict):
        return "params: required (an object with model, max_tokens and messages)", None
    problem = _check_params(params)  # pyright: ignore[reportUnknownArgumentType]
    if problem is not None:
        return problem, None
    return None, request


def parse_requests(lines: Iterable[str]) -> List[Dict[str, Any]]:
    """The requests of a JSON Lines file (blank lines skipped), or `BadInput` for its first bad line."""
    requests: List[Dict[str, Any]] = []
    seen: Dict[str, int] = {}
    first: Optional[Tuple[int, str]] = None
    bad = 0
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        problem, request = _check_line(text, seen, number)
        if problem is not None:
            bad += 1
            if first is None:
                first = (number, problem)
        elif request is not None:
            requests.append(request)
    if first is not None:
        raise BadInput(first[0], first[1], bad)
    if not requests:
        raise BadInput(0, "no requests (the file is empty)", 1)
    return requests
