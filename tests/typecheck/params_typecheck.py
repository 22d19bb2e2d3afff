# pyright: strict
"""Documented request shapes, written the way users write them; must type-check cleanly.

Not collected by pytest: tests/types/test_typecheck.py runs pyright on this directory and
expects zero errors (and checks that wrong shapes *are* reported, on a scratch file).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import List

from anthropic.types import (
    Base64ImageSourceParam,
    CompletionCreateParams,
    ContentBlock,
    DocumentBlockParam,
    ImageBlockParam,
    Message,
    MessageCountTokensParams,
    MessageParam,
    MetadataParam,
    TextBlockParam,
    ThinkingConfigParam,
    ToolChoiceParam,
    ToolParam,
    ToolResultBlockParam,
    ToolUnionParam,
    WebSearchTool20250305Param,
)
from anthropic.types.beta import (
    BetaMessageParam,
    BetaRequestMCPServerURLDefinitionParam,
    BetaToolUnionParam,
    MessageCreateParams as BetaMessageCreateParams,
)
from anthropic.types.beta.messages import BatchCreateParams as BetaBatchCreateParams
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming
from anthropic.types.messages import BatchCreateParams
from anthropic.types.messages.batch_create_params import Request

# -- content blocks ------------------------------------------------------------------------

text: TextBlockParam = {"type": "text", "text": "Hello", "cache_control": {"type": "ephemeral", "ttl": "5m"}}

image_b64: ImageBlockParam = {
    "type": "image",
    "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="},
}
image_url: ImageBlockParam = {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}}
image_file: Base64ImageSourceParam = {"type": "base64", "media_type": "image/jpeg", "data": Path("cat.jpg")}
image_bytes: Base64ImageSourceParam = {"type": "base64", "media_type": "image/gif", "data": io.BytesIO(b"GIF89a")}

pdf: DocumentBlockParam = {
    "type": "document",
    "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0x"},
    "title": "Report",
    "citations": {"enabled": True},
}
plain_doc: DocumentBlockParam = {
    "type": "document",
    "source": {"type": "text", "media_type": "text/plain", "data": "Grass is green."},
    "context": "A fact sheet",
}
custom_doc: DocumentBlockParam = {
    "type": "document",
    "source": {"type": "content", "content": [{"type": "text", "text": "chunk 1"}, {"type": "text", "text": "chunk 2"}]},
}

tool_result: ToolResultBlockParam = {
    "type": "tool_result",
    "tool_use_id": "toolu_01",
    "content": [{"type": "text", "text": "15 degrees"}],
    "is_error": False,
}
tool_result_str: ToolResultBlockParam = {"type": "tool_result", "tool_use_id": "toolu_02", "content": "15 degrees"}

# -- messages --------------------------------------------------------------------------------

messages: List[MessageParam] = [
    {"role": "user", "content": "Hello, Claude"},
    {"role": "assistant", "content": [{"type": "text", "text": "Hi! How can I help?"}]},
    {"role": "user", "content": [text, image_b64, image_url, pdf, plain_doc, custom_doc]},
    {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "Let me check.", "signature": "sig"},
            {"type": "redacted_thinking", "data": "opaque"},
            {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {"location": "Paris"}},
        ],
    },
    {"role": "user", "content": [tool_result, tool_result_str]},
]


def echo_back(message: Message) -> MessageParam:
    """A response's content blocks can be sent back as they are."""
    blocks: List[ContentBlock] = message.content
    return {"role": message.role, "content": blocks}


# -- tools, tool choice, thinking ----------------------------------------------------------

weather_tool: ToolParam = {
    "name": "get_weather",
    "description": "Get the current weather in a given location",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}
free_form_schema_tool: ToolParam = {"name": "anything", "input_schema": {"type": "object", "additionalProperties": True}}
web_search: WebSearchTool20250305Param = {
    "type": "web_search_20250305",
    "name": "web_search",
    "max_uses": 3,
    "allowed_domains": ["example.com"],
    "user_location": {"type": "approximate", "city": "Paris", "country": "FR"},
}
tools: List[ToolUnionParam] = [
    weather_tool,
    web_search,
    {"type": "bash_20250124", "name": "bash"},
    {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 10_000},
]

choices: List[ToolChoiceParam] = [
    {"type": "auto"},
    {"type": "any", "disable_parallel_tool_use": True},
    {"type": "tool", "name": "get_weather"},
    {"type": "none"},
]
thinking_on: ThinkingConfigParam = {"type": "enabled", "budget_tokens": 2048}
thinking_off: ThinkingConfigParam = {"type": "disabled"}
metadata: MetadataParam = {"user_id": "user-1234"}

# -- whole requests ------------------------------------------------------------------------

create: MessageCreateParamsNonStreaming = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": messages,
    "system": [{"type": "text", "text": "You are terse."}],
    "tools": tools,
    "tool_choice": choices[0],
    "thinking": thinking_on,
    "metadata": metadata,
    "stop_sequences": ["\n\nHuman:"],
    "temperature": 0.2,
    "top_k": 5,
    "top_p": 0.9,
    "service_tier": "auto",
    "stream": False,
}
create_future_model: MessageCreateParamsNonStreaming = {
    "model": "claude-some-future-model",
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "Hi"}],
}
count: MessageCountTokensParams = {"model": "claude-haiku-4-5", "messages": messages, "tools": tools}

completion: CompletionCreateParams = {
    "model": "claude-2.1",
    "prompt": "\n\nHuman: Hello\n\nAssistant:",
    "max_tokens_to_sample": 256,
    "stream": True,
}

batch: BatchCreateParams = {
    "requests": [
        {"custom_id": "first", "params": create_future_model},
        Request(custom_id="second", params={"model": "claude-opus-4-1-20250805", "max_tokens": 8, "messages": []}),
    ]
}

# -- beta ----------------------------------------------------------------------------------

beta_messages: List[BetaMessageParam] = [
    {"role": "user", "content": [{"type": "document", "source": {"type": "file", "file_id": "file_011"}}]},
    {"role": "assistant", "content": [{"type": "container_upload", "file_id": "file_012"}]},
]
beta_tools: List[BetaToolUnionParam] = [
    {"type": "code_execution_20250825", "name": "code_execution"},
    {"type": "memory_20250818", "name": "memory"},
    {"type": "web_fetch_20250910", "name": "web_fetch", "max_uses": 2},
]
mcp_server: BetaRequestMCPServerURLDefinitionParam = {"type": "url", "url": "https://mcp.example.com", "name": "example"}
beta_create: BetaMessageCreateParams = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": beta_messages,
    "tools": beta_tools,
    "mcp_servers": [mcp_server],
    "betas": ["files-api-2025-04-14", "some-future-beta"],
    "container": "container_011",
    "context_management": {"edits": [{"type": "clear_tool_uses_20250919"}]},
    "output_format": {"type": "json_schema", "schema": {"type": "object"}},
    "stream": True,
}
beta_batch: BetaBatchCreateParams = {
    "requests": [{"custom_id": "a", "params": {"model": "claude-haiku-4-5", "max_tokens": 1, "messages": beta_messages}}],
    "betas": ["message-batches-2024-09-24"],
}


def first_parsed(message: ParsedBetaMessage[List[int]]) -> List[int]:
    """``parsed_output`` carries the type argument of ``ParsedBetaMessage``."""
    return message.parsed_output or []
