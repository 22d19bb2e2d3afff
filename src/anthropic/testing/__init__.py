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

Run it standalone with `python -m anthropic.testing --port 8080` (`--help` for the options).
"""

from ._platforms import bedrock_chunk, bedrock_exception
from ._recorded import RecordedRequest
from ._reply import Reply, sse_event
from ._schema import SchemaValidationError, is_valid, schema_errors, synthesize, validate
from ._server import FakeAnthropic

__all__ = [
    "FakeAnthropic",
    "RecordedRequest",
    "Reply",
    "SchemaValidationError",
    "bedrock_chunk",
    "bedrock_exception",
    "is_valid",
    "schema_errors",
    "sse_event",
    "synthesize",
    "validate",
]
