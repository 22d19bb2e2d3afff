"""`POST /v1/messages` and `POST /v1/messages/count_tokens` of the default responder.

The fake model is deterministic:

* A *token* is a whitespace-separated word (with the whitespace before it). `max_tokens` cuts the output after
  that many tokens (stop_reason `max_tokens`); `usage.output_tokens` is the number of tokens produced (min 1).
* `usage.input_tokens` (and `count_tokens`) = ceil(characters / 4), min 1, counting the system prompt, the
  text of text/thinking blocks and tool results, `tool_use` inputs as JSON, each tool definition as JSON, and the
  `output_format` as JSON.
* The answer echoes the text of the last user message: `"Echo: <text>"`, unless one of the rules below applies
  (checked in this order).
* **Tool calls.** With `tools`, a `tool_choice` other than `none`, and a last message from the user that holds no
  `tool_result` blocks, the model calls tools: a text block (`"I'll use the get_weather tool."`), then one
  `tool_use` block per call (stop_reason `tool_use`). Which tools:
  - `tool_choice: {"type": "tool", "name": ...}`: that tool (400 if no tool has that name);
  - otherwise (`auto`, `any`, or no `tool_choice`): every callable tool the user text mentions, in the order the
    text mentions them (a tool is mentioned by its name, its name's words joined by spaces, or one of its
    distinctive words: "weather" mentions `get_weather`); if none is mentioned, the custom tool whose name and
    description share the most words with the user text (the first custom tool on a tie). Callable tools are the
    custom tools (those with an `input_schema`) and the memory tool (`memory_*`, input `{"command": "view",
    "path": "/memories"}`, only when mentioned); server tools (web search...) are never called;
  - the request header `x-fake-tool-calls: N` asks for exactly N `tool_use` blocks (for testing parallel tool
    execution): the forced tool N times, or the mentioned tools then the other custom tools, cycling; `0` calls
    none. At most 64 (a malformed value is a 400);
  - `tool_choice.disable_parallel_tool_use: true` keeps only the first call.
  Each input is synthesized from the tool's `input_schema` and valid against it (`_schema.synthesize`: required
  properties only; `enum` / `const` / `default` / `format` / bounds / `minItems` / `$ref` / `anyOf`... honoured);
  a string property named like free text (`location`, `city`, `query`, `topic`...) gets the subject of the user's
  text ("What is the weather in Paris?" gives `"Paris"`). Repeated calls of one tool get different inputs where
  the schema allows (`"example"`, `"example-2"`...). The user text used is the latest user message with text.
* **Structured outputs.** Otherwise, with `output_format: {"type": "json_schema", "schema": {...}}` (beta
  structured outputs; no beta header is required), the answer is one text block of JSON valid against the schema
  (synthesized with every object property filled in; stop_reason `end_turn`). This also applies after tool results,
  so a tool run with an `output_format` ends with the JSON. The request header `x-fake-invalid-output: 1` makes
  the JSON NOT match the schema (a property of the wrong type, else a missing or extra property; `"This is not
  JSON."` if the schema accepts everything), for testing validation errors.
* **Tool results.** Otherwise, if the last user message holds `tool_result` blocks, the answer quotes them in order:
  `"The tool returned: <content>; <content>"`, a result with `is_error: true` quoted as `error: <content>`.
* Thinking, `max_tokens` and `stop_sequences` apply to all of these answers alike (a `tool_use` block counts the
  words of its JSON input and is left out whole when it does not fit; JSON text can be cut like any text).
* `stop_sequences`: output is cut just before the first occurrence (stop_reason `stop_sequence`).
* `thinking: {"type": "enabled", ...}` puts a thinking block (deterministic text + signature) first.
* Each `document` block with `citations: {"enabled": true}` adds a text block citing it (first sentence of a
  text document as a `char_location`, first block of a `content` document, first page of a PDF).
* Streaming sends the same message as events: text in word-sized `text_delta`s; a `tool_use` block starts with
  `"input": {}` and its JSON input follows in `input_json_delta` pieces of 8 characters (the first one empty).
  The request header `x-fake-text-deltas: N` replaces the answer by one text block of exactly N
  deltas (for benchmarks; cached), and `x-fake-chunk-bytes: B` sends the events in HTTP chunks of about B bytes
  instead of one chunk per event.

The handler first builds the final `Message` dict; streaming turns that message into events (`_stream.py`).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._errors import ApiError
from ._jsonutil import as_list, as_object
from ._reply import Reply, sse_event
from ._responder import RequestContext
from ._schema import invalid_instance, synthesize
from ._stream import message_to_events, split_text

__all__ = ["build_message", "count_input_tokens", "count_tokens", "create"]


def count_words(text: str) -> int:
    return len(text.split())


def _truncate_words(text: str, n: int) -> str:
    words = [piece for piece in split_text(text) if not piece.isspace()]
    return "".join(words[:n]) if n > 0 else ""


# --------------------------------------------------------------------------------------------------- validation


@dataclass
class MessagesParams:
    model: str
    messages: List[Dict[str, Any]]
    max_tokens: int = 0
    system: object = None
    tools: List[Dict[str, Any]] = field(default_factory=lambda: [])
    tool_choice: Optional[Dict[str, Any]] = None
    stop_sequences: List[str] = field(default_factory=lambda: [])
    stream: bool = False
    thinking_budget: Optional[int] = None
    output_format: Optional[Dict[str, Any]] = None


def _require(body: Dict[str, Any], name: str) -> object:
    if name not in body:
        raise ApiError.invalid(f"{name}: Field required")
    return body[name]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_messages(body: Dict[str, Any]) -> List[Dict[str, Any]]:
    raw = as_list(_require(body, "messages"))
    if raw is None:
        raise ApiError.invalid("messages: Input should be a valid list")
    if not raw:
        raise ApiError.invalid("messages: at least one message is required")
    messages: List[Dict[str, Any]] = []
    for i, item in enumerate(raw):
        message = as_object(item)
        if message is None:
            raise ApiError.invalid(f"messages.{i}: Input should be a valid dictionary")
        if message.get("role") not in ("user", "assistant"):
            raise ApiError.invalid(f"messages.{i}.role: Input should be 'user' or 'assistant'")
        if "content" not in message:
            raise ApiError.invalid(f"messages.{i}.content: Field required")
        content = message["content"]
        if not isinstance(content, str):
            blocks = as_list(content)
            if blocks is None:
                raise ApiError.invalid(f"messages.{i}.content: Input should be a valid string or list")
            for j, block in enumerate(blocks):
                obj = as_object(block)
                if obj is None or not isinstance(obj.get("type"), str):
                    raise ApiError.invalid(f"messages.{i}.content.{j}.type: Field required")
        messages.append(message)
    return messages


def _parse_tools(body: Dict[str, Any]) -> List[Dict[str, Any]]:
    if body.get("tools") is None:
        return []
    raw = as_list(body["tools"])
    if raw is None:
        raise ApiError.invalid("tools: Input should be a valid list")
    tools: List[Dict[str, Any]] = []
    for i, item in enumerate(raw):
        tool = as_object(item)
        if tool is None or not isinstance(tool.get("name"), str):
            raise ApiError.invalid(f"tools.{i}.name: Field required")
        tools.append(tool)
    return tools


def parse_create(body: Dict[str, Any]) -> MessagesParams:
    model = _require(body, "model")
    max_tokens = _require(body, "max_tokens")
    messages = _parse_messages(body)
    if not isinstance(model, str) or not model:
        raise ApiError.invalid("model: Input should be a valid string")
    if not _is_int(max_tokens):
        raise ApiError.invalid("max_tokens: Input should be a valid integer")
    assert isinstance(max_tokens, int)
    if max_tokens < 1:
        raise ApiError.invalid("max_tokens: Input should be greater than or equal to 1")
    stop_sequences: List[str] = []
    if body.get("stop_sequences") is not None:
        raw_stops = as_list(body["stop_sequences"])
        if raw_stops is None or not all(isinstance(s, str) for s in raw_stops):
            raise ApiError.invalid("stop_sequences: Input should be a valid list of strings")
        stop_sequences = [s for s in raw_stops if s]
    stream = body.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise ApiError.invalid("stream: Input should be a valid boolean")
    tools = _parse_tools(body)
    tool_choice = as_object(body.get("tool_choice"))
    if body.get("tool_choice") is not None and (tool_choice is None or not isinstance(tool_choice.get("type"), str)):
        raise ApiError.invalid("tool_choice.type: Field required")
    thinking_budget: Optional[int] = None
    thinking = as_object(body.get("thinking"))
    if thinking is not None and thinking.get("type") == "enabled":
        budget = thinking.get("budget_tokens")
        if not _is_int(budget):
            raise ApiError.invalid("thinking.enabled.budget_tokens: Field required")
        assert isinstance(budget, int)
        if budget < 1024:
            raise ApiError.invalid("thinking.enabled.budget_tokens: Input should be greater than or equal to 1024")
        if budget >= max_tokens:
            raise ApiError.invalid("`max_tokens` must be greater than `thinking.budget_tokens`")
        thinking_budget = budget
    output_format = _parse_output_format(body)
    return MessagesParams(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        system=body.get("system"),
        tools=tools,
        tool_choice=tool_choice,
        stop_sequences=stop_sequences,
        stream=bool(stream),
        thinking_budget=thinking_budget,
        output_format=output_format,
    )


def _parse_output_format(body: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    if body.get("output_format") is None:
        return None
    output_format = as_object(body["output_format"])
    if output_format is None:
        raise ApiError.invalid("output_format: Input should be a valid dictionary")
    if output_format.get("type") != "json_schema":
        raise ApiError.invalid("output_format.type: Input should be 'json_schema'")
    if as_object(output_format.get("schema")) is None:
        raise ApiError.invalid("output_format.schema: Field required (a JSON schema object)")
    return output_format


# ------------------------------------------------------------------------------------------------- token counting


def _content_chars(content: object) -> int:
    if isinstance(content, str):
        return len(content)
    chars = 0
    for item in as_list(content) or []:
        block = as_object(item)
        if block is None:
            continue
        kind = block.get("type")
        if kind == "text" and isinstance(block.get("text"), str):
            chars += len(block["text"])
        elif kind == "thinking" and isinstance(block.get("thinking"), str):
            chars += len(block["thinking"])
        elif kind in ("tool_use", "server_tool_use"):
            chars += len(json.dumps(block.get("input"), sort_keys=True))
        elif kind == "tool_result":
            chars += _content_chars(block.get("content"))
        elif kind == "document":
            source = as_object(block.get("source"))
            if source is not None and source.get("type") == "text" and isinstance(source.get("data"), str):
                chars += len(source["data"])
    return chars


def count_input_tokens(
    system: object,
    messages: List[Dict[str, Any]],
    tools: List[Dict[str, Any]],
    output_format: Optional[Dict[str, Any]] = None,
) -> int:
    chars = _content_chars(system)
    for message in messages:
        chars += _content_chars(message.get("content"))
    for tool in tools:
        chars += len(json.dumps(tool, sort_keys=True, separators=(",", ":")))
    if output_format is not None:
        chars += len(json.dumps(output_format, sort_keys=True, separators=(",", ":")))
    return max(1, math.ceil(chars / 4))


# ------------------------------------------------------------------------------------------------------ the model


def _text_of(content: object) -> str:
    if isinstance(content, str):
        return content
    texts: List[str] = []
    for item in as_list(content) or []:
        block = as_object(item)
        if block is not None and block.get("type") == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
    return " ".join(texts)


@dataclass
class ToolResult:
    text: str
    is_error: bool


def _tool_results(content: object) -> List[ToolResult]:
    results: List[ToolResult] = []
    for item in as_list(content) or []:
        block = as_object(item)
        if block is not None and block.get("type") == "tool_result":
            results.append(ToolResult(_text_of(block.get("content", "")), block.get("is_error") is True))
    return results


def _quote_results(results: List[ToolResult]) -> str:
    parts = [(f"error: {r.text}" if r.text else "error") if r.is_error else r.text for r in results]
    return "The tool returned: " + "; ".join(parts)


# --------------------------------------------------------------------------------------------- choosing tools

_BUILTIN_INPUT_SCHEMAS: Dict[str, Dict[str, Any]] = {
    "memory_": {
        "type": "object",
        "properties": {"command": {"const": "view"}, "path": {"const": "/memories"}},
        "required": ["command", "path"],
    },
}
"""Input schemas of the client-side tools the fake model can call without an `input_schema` (by `type` prefix)."""

_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_STOPWORDS = frozenset(
    "the and for with what whats from into about please can could would you your get set list make use tool tools"
    " call run find fetch show tell give some any all how when where which who this that are was were does like"
    " current now today then also its it's one two".split()
)


def tool_input_schema(tool: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """The input schema of a tool the fake model can call (custom tools, and the memory tool), else None."""
    schema = as_object(tool.get("input_schema"))
    if schema is not None:
        return schema
    kind = tool.get("type")
    if isinstance(kind, str):
        for prefix, builtin in _BUILTIN_INPUT_SCHEMAS.items():
            if kind.startswith(prefix):
                return builtin
    return None


def _name_parts(name: str) -> List[str]:
    return _WORD.findall(_CAMEL.sub(r"\1 \2", name).lower())


def _mention(name: str, text: str) -> Optional[int]:
    """Where `text` (lower case) first mentions the tool `name`: the name itself, its words joined by spaces, or
    one of its distinctive words (`weather` for `get_weather`, plurals too); None if it does not."""
    parts = _name_parts(name)
    positions = [text.find(name.lower())]
    if len(parts) > 1:
        positions.append(text.find(" ".join(parts)))
    keywords = {part for part in parts if len(part) >= 3 and part not in _STOPWORDS}
    for word in _WORD.finditer(text):
        token = word.group()
        plural = token.endswith("s") and (token[:-1] in keywords or (token.endswith("es") and token[:-2] in keywords))
        if token in keywords or plural:
            positions.append(word.start())
            break
    found = [p for p in positions if p >= 0]
    return min(found) if found else None


def _best_described(tools: List[Dict[str, Any]], text: str) -> Optional[Dict[str, Any]]:
    """The tool whose name and description share the most words with `text` (the first one on a tie or none)."""
    words = {w for w in _WORD.findall(text) if len(w) >= 3 and w not in _STOPWORDS}
    best: Optional[Dict[str, Any]] = None
    best_score = -1
    for tool in tools:
        description = tool.get("description") if isinstance(tool.get("description"), str) else ""
        vocabulary = set(_name_parts(str(tool.get("name", "")))) | set(_WORD.findall(str(description).lower()))
        score = len(words & vocabulary)
        if score > best_score:
            best, best_score = tool, score
    return best


def select_tools(params: MessagesParams, text: str, requested: Optional[int]) -> List[Dict[str, Any]]:
    """The tools the fake model calls this turn, one entry per `tool_use` block (see the module docstring)."""
    choice = params.tool_choice or {}
    if choice.get("type") == "none" or requested == 0:
        return []
    calls: List[Dict[str, Any]]
    if choice.get("type") == "tool":
        name = choice.get("name")
        forced = next((tool for tool in params.tools if tool.get("name") == name), None)
        if forced is None:
            raise ApiError.invalid(f"tool_choice.name: tool {name!r} not found in tools")
        calls = [forced] * (requested or 1)
    else:
        lowered = text.lower()
        mentioned: List[Tuple[int, int, Dict[str, Any]]] = []
        for index, tool in enumerate(params.tools):
            if tool_input_schema(tool) is None:
                continue
            position = _mention(str(tool["name"]), lowered)
            if position is not None:
                mentioned.append((position, index, tool))
        mentioned.sort(key=lambda entry: (entry[0], entry[1]))
        named = [tool for _, _, tool in mentioned]
        custom = [tool for tool in params.tools if "input_schema" in tool]
        if requested:
            order = named + [tool for tool in custom if all(tool is not other for other in named)]
            calls = [order[i % len(order)] for i in range(requested)] if order else []
        elif named:
            calls = named
        else:
            best = _best_described(custom, lowered)
            calls = [best] if best is not None else []
    if choice.get("disable_parallel_tool_use") is True:
        calls = calls[:1]
    return calls


def _calls_sentence(names: List[str]) -> str:
    distinct = list(dict.fromkeys(names))
    if len(distinct) == 1:
        times = f" {len(names)} times" if len(names) > 1 else ""
        return f"I'll use the {distinct[0]} tool{times}."
    listed = ", ".join(distinct[:-1]) + f" and {distinct[-1]}"
    return f"I'll use the {listed} tools."


def _signature(thinking: str) -> str:
    digest = hashlib.sha256(thinking.encode("utf-8")).digest()
    return base64.b64encode(b"fake-signature:" + digest + digest).decode("ascii")


def _thinking_block(text: str) -> Dict[str, Any]:
    return {"type": "thinking", "thinking": text, "signature": _signature(text)}


_SENTENCE = re.compile(r"\S[^.!?]*[.!?]?")


def _citation(document: Dict[str, Any], document_index: int) -> Dict[str, Any]:
    """A citation of the first sentence (text), first page (PDF) or first block (content) of `document`."""
    source = as_object(document.get("source")) or {}
    title = document.get("title") if isinstance(document.get("title"), str) else None
    kind = source.get("type")
    if kind == "content":
        blocks = as_list(source.get("content")) or []
        first = as_object(blocks[0]) if blocks else None
        text = str(first.get("text", "")) if first is not None else str(source.get("content", ""))
        return {
            "type": "content_block_location",
            "cited_text": text,
            "document_index": document_index,
            "document_title": title,
            "start_block_index": 0,
            "end_block_index": 1,
        }
    if kind == "text" or (kind is None and isinstance(source.get("data"), str)):
        data = str(source.get("data", ""))
        match = _SENTENCE.search(data)
        start, end = (match.start(), match.end()) if match else (0, 0)
        return {
            "type": "char_location",
            "cited_text": data[start:end],
            "document_index": document_index,
            "document_title": title,
            "start_char_index": start,
            "end_char_index": end,
        }
    return {
        "type": "page_location",
        "cited_text": "",
        "document_index": document_index,
        "document_title": title,
        "start_page_number": 1,
        "end_page_number": 2,
    }


def cited_blocks(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """One text block citing each document of the conversation that has `citations: {"enabled": true}`.

    Documents are numbered (`document_index`) in order of appearance across all messages.
    """
    blocks: List[Dict[str, Any]] = []
    index = 0
    for message in messages:
        for item in as_list(message.get("content")) or []:
            block = as_object(item)
            if block is None or block.get("type") != "document":
                continue
            config = as_object(block.get("citations")) or {}
            if config.get("enabled") is True:
                citation = _citation(block, index)
                text = citation["cited_text"] or f"(document {index})"
                blocks.append({"type": "text", "text": f" {text}", "citations": [citation]})
            index += 1
    return blocks


@dataclass(frozen=True)
class FakeOptions:
    """What the request's `x-fake-*` headers ask of the fake model."""

    tool_calls: Optional[int] = None
    invalid_output: bool = False


def _hint_text(messages: List[Dict[str, Any]]) -> str:
    """The text of the latest user message that has some (tool-result turns carry none)."""
    for message in reversed(messages):
        if message.get("role") == "user":
            text = _text_of(message.get("content"))
            if text.strip():
                return text
    return ""


def _structured_text(schema: Dict[str, Any], hint: str, invalid: bool) -> str:
    if not invalid:
        return json.dumps(synthesize(schema, text=hint, complete=True), ensure_ascii=False)
    found, value = invalid_instance(schema, text=hint)
    return json.dumps(value, ensure_ascii=False) if found else "This is not JSON."


def draft_content(
    params: MessagesParams, ids_next: Callable[[str], str], options: FakeOptions = FakeOptions()
) -> List[Dict[str, Any]]:
    """The full answer before `max_tokens` / `stop_sequences` are applied."""
    last = params.messages[-1]
    user_messages = [m for m in params.messages if m.get("role") == "user"]
    last_user = user_messages[-1] if user_messages else None
    user_text = _text_of(last_user.get("content")) if last_user is not None else ""
    results = _tool_results(last_user.get("content")) if last_user is not None else []
    hint = _hint_text(params.messages)
    calls: List[Dict[str, Any]] = []
    if last.get("role") == "user" and not results and params.tools:
        calls = select_tools(params, hint, options.tool_calls)

    blocks: List[Dict[str, Any]] = []
    if calls:
        names = [str(tool["name"]) for tool in calls]
        sentence = _calls_sentence(names)
        plan = sentence.replace("I'll use", "I should call")
        thinking = f'The user asked: "{user_text}". {plan}'
        blocks.append({"type": "text", "text": sentence})
        seen: Dict[str, int] = {}
        for tool, name in zip(calls, names):
            variant = seen.get(name, 0)
            seen[name] = variant + 1
            schema = tool_input_schema(tool) or {}
            tool_input = synthesize(schema, text=hint, variant=variant)
            blocks.append({"type": "tool_use", "id": ids_next("toolu"), "name": name, "input": tool_input})
    elif params.output_format is not None:
        thinking = f'The user asked: "{hint}". I will answer with JSON that matches the requested schema.'
        schema = as_object(params.output_format.get("schema")) or {}
        blocks.append({"type": "text", "text": _structured_text(schema, hint, options.invalid_output)})
    elif results:
        if any(result.is_error for result in results):
            thinking = "The tool reported an error. I will tell the user."
        else:
            thinking = "The tool returned a result. I will report it to the user."
        blocks.append({"type": "text", "text": _quote_results(results)})
    else:
        thinking = f'The user said: "{user_text}". I will echo it back.'
        blocks.append({"type": "text", "text": f"Echo: {user_text}" if user_text else "Echo:"})
        blocks.extend(cited_blocks(params.messages))
    if params.thinking_budget is not None:
        blocks.insert(0, _thinking_block(thinking))
    return blocks


@dataclass
class Generation:
    content: List[Dict[str, Any]]
    stop_reason: str
    stop_sequence: Optional[str]
    output_tokens: int


def _first_stop(text: str, stop_sequences: List[str]) -> Optional[Tuple[int, str]]:
    best: Optional[Tuple[int, str]] = None
    for seq in stop_sequences:
        index = text.find(seq)
        if index >= 0 and (best is None or index < best[0]):
            best = (index, seq)
    return best


def apply_limits(blocks: List[Dict[str, Any]], max_tokens: int, stop_sequences: List[str]) -> Generation:
    """Generate `blocks` in order under a budget of `max_tokens` tokens, honouring `stop_sequences` in text."""
    content: List[Dict[str, Any]] = []
    used = 0
    for block in blocks:
        remaining = max_tokens - used
        kind = block.get("type")
        if kind == "text":
            text: str = block["text"]
            stop = _first_stop(text, stop_sequences)
            if stop is not None and count_words(text[: stop[0] + len(stop[1])]) <= remaining:
                emitted = text[: stop[0]]
                content.append({**block, "text": emitted})
                return Generation(content, "stop_sequence", stop[1], max(1, used + count_words(emitted)))
            words = count_words(text)
            if words > remaining:
                if remaining > 0:
                    content.append({**block, "text": _truncate_words(text, remaining)})
                return Generation(content, "max_tokens", None, max(1, max_tokens))
            content.append(block)
            used += words
        elif kind == "thinking":
            thinking: str = block["thinking"]
            words = count_words(thinking)
            if words > remaining:
                if remaining > 0:
                    content.append(_thinking_block(_truncate_words(thinking, remaining)))
                return Generation(content, "max_tokens", None, max(1, max_tokens))
            content.append(block)
            used += words
        else:
            words = count_words(json.dumps(block.get("input", {})))
            if words > remaining:
                return Generation(content, "max_tokens", None, max(1, used))
            content.append(block)
            used += words
    stop_reason = "tool_use" if any(b.get("type") == "tool_use" for b in content) else "end_turn"
    return Generation(content, stop_reason, None, max(1, used))


def usage(input_tokens: int, output_tokens: int) -> Dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": output_tokens,
        "service_tier": "standard",
    }


def fake_options(ctx: RequestContext) -> FakeOptions:
    """The `x-fake-tool-calls` / `x-fake-invalid-output` request headers (400 for malformed values)."""
    tool_calls = _header_int(ctx, TOOL_CALLS_HEADER)
    if tool_calls is not None and tool_calls > MAX_TOOL_CALLS:
        raise ApiError.invalid(f"{TOOL_CALLS_HEADER} header: at most {MAX_TOOL_CALLS} tool calls, got {tool_calls}")
    invalid = ctx.request.headers.get(INVALID_OUTPUT_HEADER, "").strip().lower()
    if invalid not in ("", "0", "1", "true", "false"):
        raise ApiError.invalid(f"{INVALID_OUTPUT_HEADER} header: expected 1 or 0, got {invalid!r}")
    return FakeOptions(tool_calls=tool_calls, invalid_output=invalid in ("1", "true"))


def build_message(params: MessagesParams, ctx: RequestContext) -> Dict[str, Any]:
    """The final (non-streaming) `Message` for `params`."""
    blocks = draft_content(params, ctx.ids.next, fake_options(ctx))
    generation = apply_limits(blocks, params.max_tokens, params.stop_sequences)
    return {
        "id": ctx.ids.next("msg"),
        "type": "message",
        "role": "assistant",
        "model": params.model,
        "content": generation.content,
        "stop_reason": generation.stop_reason,
        "stop_sequence": generation.stop_sequence,
        "usage": usage(
            count_input_tokens(params.system, params.messages, params.tools, params.output_format),
            generation.output_tokens,
        ),
    }


# -------------------------------------------------------------------------------------------------------- handlers


def _header_int(ctx: RequestContext, name: str) -> Optional[int]:
    value = ctx.request.headers.get(name)
    if value is None:
        return None
    if not value.isdigit():
        raise ApiError.invalid(f"{name} header: expected a non-negative integer, got {value!r}")
    return int(value)


def create(ctx: RequestContext, match: re.Match[str]) -> Reply:
    params = parse_create(ctx.json_body())
    if not params.stream:
        return Reply(json=build_message(params, ctx))
    text_deltas = _header_int(ctx, TEXT_DELTAS_HEADER)
    chunk_bytes = _header_int(ctx, CHUNK_BYTES_HEADER)
    if text_deltas is not None:
        items = long_text_stream(text_deltas, params.model, chunk_bytes or 0)
        return Reply(chunks=items, content_type="text/event-stream; charset=utf-8")
    events = [sse_event(name, data) for name, data in message_to_events(build_message(params, ctx))]
    return Reply(sse=coalesce(events, chunk_bytes) if chunk_bytes else events)


def count_tokens(ctx: RequestContext, match: re.Match[str]) -> Reply:
    body = ctx.json_body()
    model = _require(body, "model")
    messages = _parse_messages(body)
    if not isinstance(model, str) or not model:
        raise ApiError.invalid("model: Input should be a valid string")
    tools = _parse_tools(body)
    output_format = _parse_output_format(body)
    return Reply(json={"input_tokens": count_input_tokens(body.get("system"), messages, tools, output_format)})


# --------------------------------------------------------------------------------------------------- long streams

TEXT_DELTAS_HEADER = "x-fake-text-deltas"
"""Request header (streaming `/v1/messages`): answer with one text block made of exactly N `text_delta`s."""

TOOL_CALLS_HEADER = "x-fake-tool-calls"
"""Request header (`/v1/messages`, when the request has tools the model may call): answer with exactly N `tool_use`
blocks (cycling through the tools the user text mentions, then the other custom tools; `0` calls none)."""

MAX_TOOL_CALLS = 64

INVALID_OUTPUT_HEADER = "x-fake-invalid-output"
"""Request header (`/v1/messages` with `output_format`): `1` makes the JSON answer NOT match the schema."""

CHUNK_BYTES_HEADER = "x-fake-chunk-bytes"
"""Request header (streaming `/v1/messages`): send the events in HTTP chunks of about N bytes, not one per event."""


def coalesce(items: List[bytes], size: int) -> List[bytes]:
    """`items` joined into pieces of at least `size` bytes (the last one may be shorter); events stay whole."""
    out: List[bytes] = []
    pending: List[bytes] = []
    length = 0
    for item in items:
        pending.append(item)
        length += len(item)
        if length >= size:
            out.append(b"".join(pending))
            pending, length = [], 0
    if pending:
        out.append(b"".join(pending))
    return out


@functools.lru_cache(maxsize=8)
def long_text_stream(deltas: int, model: str, chunk_bytes: int) -> List[bytes]:
    """The rendered stream of a message whose text block has `deltas` word-sized deltas (cached: benchmarks
    ask for the same large stream many times, and must not measure its rendering)."""
    text = " ".join(f"word{i % 100}" for i in range(deltas))
    message = {
        "id": "msg_long_text_stream",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": usage(1, max(1, deltas)),
    }
    events = [sse_event(name, data) for name, data in message_to_events(message)]
    return coalesce(events, chunk_bytes) if chunk_bytes else events
