"""`anthropic messages create` and `anthropic messages count-tokens`."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, List, Optional

from ._context import CLIError, Context

if TYPE_CHECKING:
    from ..types.message_param import MessageParam
    from ..types.thinking_config_enabled_param import ThinkingConfigEnabledParam

__all__ = ["count_tokens", "create"]

DEFAULT_MAX_TOKENS = 1024
MODEL_ENV = "ANTHROPIC_MODEL"


def _model(ctx: Context) -> str:
    model: Optional[str] = ctx.args.model or os.environ.get(MODEL_ENV) or None
    if model is None:
        raise CLIError(f"no model: pass --model/-m MODEL or set {MODEL_ENV}")
    return model


def _prompt(ctx: Context) -> str:
    given: Optional[str] = ctx.args.prompt
    if given is None and sys.stdin.isatty():
        raise CLIError("no prompt: give it as an argument, or `-` to read it from standard input")
    prompt = sys.stdin.read().rstrip("\r\n") if given is None or given == "-" else given
    if not prompt.strip():
        raise CLIError("the prompt is empty")
    return prompt


def _messages(ctx: Context) -> List[MessageParam]:
    return [{"role": "user", "content": _prompt(ctx)}]


def _thinking(ctx: Context) -> Optional[ThinkingConfigEnabledParam]:
    budget: Optional[int] = ctx.args.thinking
    if budget is None:
        return None
    if budget < 1:
        raise CLIError("--thinking takes a positive number of tokens")
    return {"type": "enabled", "budget_tokens": budget}


def _max_tokens(ctx: Context, thinking: Optional[ThinkingConfigEnabledParam]) -> int:
    max_tokens: Optional[int] = ctx.args.max_tokens
    if max_tokens is None:
        # The answer needs room beyond the thinking budget (the API requires max_tokens > budget_tokens).
        return DEFAULT_MAX_TOKENS + (thinking["budget_tokens"] if thinking is not None else 0)
    if max_tokens < 1:
        raise CLIError("--max-tokens must be a positive number")
    return max_tokens


def create(ctx: Context) -> int:
    from .. import omit

    args, ui = ctx.args, ctx.ui
    model = _model(ctx)
    thinking = _thinking(ctx)
    max_tokens = _max_tokens(ctx, thinking)
    messages = _messages(ctx)
    system: Optional[str] = args.system
    client = ctx.client()

    if args.raw_events:
        with client.messages.create(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system if system is not None else omit,
            thinking=thinking if thinking is not None else omit,
            stream=True,
        ) as events:
            for event in events:
                ui.line(event.to_json(indent=None))
        return 0

    with client.messages.stream(
        model=model,
        max_tokens=max_tokens,
        messages=messages,
        system=system if system is not None else omit,
        thinking=thinking if thinking is not None else omit,
    ) as stream:
        if not args.json:
            for event in stream:
                if event.type == "text":
                    ui.text(event.text)
                elif event.type == "thinking":
                    ui.thinking(event.thinking)
        message = stream.get_final_message()
    if args.json:
        ui.json(message.to_json())
        return 0
    ui.end_text()
    if message.stop_reason == "max_tokens":
        ui.warn(f"the answer was cut at --max-tokens {max_tokens}")
    elif message.stop_reason == "refusal":
        ui.warn("the model declined to answer (stop_reason: refusal)")
    return 0


def count_tokens(ctx: Context) -> int:
    from .. import omit

    args = ctx.args
    model = _model(ctx)
    thinking = _thinking(ctx)
    messages = _messages(ctx)
    system: Optional[str] = args.system
    result = ctx.client().messages.count_tokens(
        model=model,
        messages=messages,
        system=system if system is not None else omit,
        thinking=thinking if thinking is not None else omit,
    )
    if args.json:
        ctx.ui.json(result.to_json())
    else:
        ctx.ui.line(str(result.input_tokens))
    return 0
