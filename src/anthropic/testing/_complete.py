"""`POST /v1/complete` (legacy text completions) of the default responder.

The prompt must alternate `"\\n\\nHuman:"` and `"\\n\\nAssistant:"` turns, starting with a human turn and ending
with an assistant turn (as the API required). The completion echoes the last human turn: `" Echo: <text>"`, cut after
`max_tokens_to_sample` words (stop_reason `max_tokens`) or just before the first of `stop_sequences`
(stop_reason `stop_sequence`, `stop` = that sequence); a complete answer also ends with stop_reason
`stop_sequence` and `stop` = `"\\n\\nHuman:"`, as the API reported. Streaming sends one `completion` event per word
(a `ping` after the first), then a last `completion` event with an empty text and the stop reason.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Optional

from ._errors import ApiError
from ._jsonutil import as_list
from ._reply import Reply, sse_event
from ._responder import RequestContext
from ._stream import split_text

__all__ = ["complete"]

HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"


def _int(body: Dict[str, Any], name: str) -> int:
    value = body.get(name)
    if name not in body:
        raise ApiError.invalid(f"{name}: Field required")
    if not isinstance(value, int) or isinstance(value, bool):
        raise ApiError.invalid(f"{name}: Input should be a valid integer")
    return value


def _answer(prompt: str) -> str:
    last_human = prompt.rsplit(HUMAN_PROMPT, 1)[-1]
    text = last_human.rsplit(AI_PROMPT, 1)[0].strip()
    return f" Echo: {text}" if text else " Echo:"


def complete(ctx: RequestContext, match: re.Match[str]) -> Reply:
    body = ctx.json_body()
    model = body.get("model")
    prompt = body.get("prompt")
    if not isinstance(model, str) or not model:
        raise ApiError.invalid(
            "model: Field required" if "model" not in body else "model: Input should be a valid string"
        )
    if not isinstance(prompt, str):
        raise ApiError.invalid(
            "prompt: Field required" if "prompt" not in body else "prompt: Input should be a valid string"
        )
    max_tokens = _int(body, "max_tokens_to_sample")
    if max_tokens < 1:
        raise ApiError.invalid("max_tokens_to_sample: Input should be greater than or equal to 1")
    if not prompt.startswith(HUMAN_PROMPT):
        raise ApiError.invalid(f'prompt must start with "{HUMAN_PROMPT}" turn')
    if not prompt.rstrip(" ").endswith(AI_PROMPT):
        raise ApiError.invalid(f'prompt must end with "{AI_PROMPT}" turn')
    stops = [s for s in as_list(body.get("stop_sequences")) or [] if isinstance(s, str) and s]

    answer = _answer(prompt)
    stop_reason, stop = "stop_sequence", HUMAN_PROMPT
    hits = [(answer.find(s), s) for s in stops if s in answer]
    if hits:
        index, stop = min(hits)
        answer = answer[:index]
    pieces = split_text(answer)
    if len(pieces) > max_tokens:
        pieces = pieces[:max_tokens]
        stop_reason, stop = "max_tokens", None

    completion_id = ctx.ids.next("compl")

    def completion(text: str, reason: Optional[str], stop_value: Optional[str]) -> Dict[str, Any]:
        return {
            "type": "completion",
            "id": completion_id,
            "completion": text,
            "stop_reason": reason,
            "stop": stop_value,
            "model": model,
            "log_id": completion_id,
        }

    if body.get("stream"):
        events = [sse_event("completion", completion(piece, None, None)) for piece in pieces]
        events.insert(min(1, len(events)), sse_event("ping", {"type": "ping"}))
        events.append(sse_event("completion", completion("", stop_reason, stop)))
        return Reply(sse=events)
    return Reply(json=completion("".join(pieces), stop_reason, stop))
