"""A fake Anthropic API server for tests and benchmarks (standard library only).

```python
from anthropic import Anthropic
from anthropic.testing import FakeAnthropic, Reply, sse_event

with FakeAnthropic() as server:
    client = Anthropic(base_url=server.url, api_key="test-key")
    message = client.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "hi"}])
    assert message.content[0].text == "Echo: hi"

    server.enqueue(Reply(status=529), path="/v1/messages")  # the next /v1/messages call gets an overloaded_error
    server.last_request.json()["model"]
```

The same server answers the cloud platforms' wire formats, so one scenario runs through every client:

* Amazon Bedrock: `POST /model/{model}/invoke` and `/model/{model}/invoke-with-response-stream` (an AWS event
  stream of `chunk` messages). Requests need a SigV4 `Authorization` header; `FakeAnthropic(bedrock_credentials=
  (access_key, secret_key[, session_token]))` also verifies the signature with botocore's signer. Errors use
  Bedrock's `{"message": ...}` body. `bedrock_chunk(event)` / `bedrock_exception(type, message)` build stream
  messages for `Reply(chunks=[...], content_type="application/vnd.amazon.eventstream")`; an `sse` reply on a
  stream path is converted to an event stream.
* Google Vertex AI: `POST /projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`,
  `:streamRawPredict` and `.../models/count-tokens:rawPredict` (optionally under `/v1`), `Authorization: Bearer`.
* Microsoft Foundry: the API under `/anthropic/` (e.g. `/anthropic/v1/messages`), `api-key` or `Authorization`.

The default model is deterministic and agent-friendly (details in `_messages.py`): it echoes the user's text; with
`tools` it answers with `tool_use` blocks whose inputs are synthesized from each tool's `input_schema` (valid against
it, filled from the user's words where a property name suggests it); after `tool_result` blocks it quotes them
(`"The tool returned: ..."`, `error: ...` for `is_error` results); with `output_format: {"type": "json_schema",
"schema": ...}` it answers with JSON valid against the schema. Everything streams too. Request headers steer it:

* `x-fake-tool-calls: N`: exactly N `tool_use` blocks in one turn (parallel tool calls);
* `x-fake-invalid-output: 1`: structured-output JSON that does NOT match the schema;
* `x-fake-text-deltas: N` / `x-fake-chunk-bytes: B`: long streams and chunking, for benchmarks.

`validate(instance, schema)` (raises `SchemaValidationError`, else returns True), `schema_errors()` and
`synthesize(schema)` expose the JSON-schema subset the fake model uses, for assertions in tests.

`RecordedRequest.platform` / `.platform_model` tell which platform and model a recorded request addressed.
`require_auth=False` turns every auth check off.

Record and replay: `FakeAnthropic(record_to=DIR, upstream=URL)` proxies to a real API and writes each exchange as
a readable JSON file (credentials redacted); `FakeAnthropic(replay_from=DIR)` answers from those files and reports
a diff for any request without a recording (`server.unmatched`, and an `AssertionError` at `close()`).

pytest fixtures (`fake_anthropic`, `anthropic_client`, `async_anthropic_client`): run pytest with
`-p anthropic.testing.pytest_plugin` (see that module). This package imports neither pytest nor any SDK client.

Run it standalone with `python -m anthropic.testing --port 8080` (`--help` for the options). Guide:
docs/testing.md. Importing this package is cheap: its names are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from ._platforms import bedrock_chunk as bedrock_chunk, bedrock_exception as bedrock_exception
    from ._recorded import RecordedRequest as RecordedRequest
    from ._recording import UnmatchedRequest as UnmatchedRequest
    from ._reply import Reply as Reply, sse_event as sse_event
    from ._schema import (
        SchemaValidationError as SchemaValidationError,
        is_valid as is_valid,
        schema_errors as schema_errors,
        synthesize as synthesize,
        validate as validate,
    )
    from ._server import FakeAnthropic as FakeAnthropic

__all__ = [
    "FakeAnthropic",
    "RecordedRequest",
    "Reply",
    "SchemaValidationError",
    "UnmatchedRequest",
    "bedrock_chunk",
    "bedrock_exception",
    "is_valid",
    "schema_errors",
    "sse_event",
    "synthesize",
    "validate",
]

_LAZY: Dict[str, str] = {
    "FakeAnthropic": "._server",
    "RecordedRequest": "._recorded",
    "Reply": "._reply",
    "SchemaValidationError": "._schema",
    "UnmatchedRequest": "._recording",
    "bedrock_chunk": "._platforms",
    "bedrock_exception": "._platforms",
    "is_valid": "._schema",
    "schema_errors": "._schema",
    "sse_event": "._reply",
    "synthesize": "._schema",
    "validate": "._schema",
}


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)
