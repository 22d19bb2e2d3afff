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

Run it standalone with `python -m anthropic.testing --port 8080`.
"""

from ._recorded import RecordedRequest
from ._reply import Reply, sse_event
from ._server import FakeAnthropic

__all__ = ["FakeAnthropic", "RecordedRequest", "Reply", "sse_event"]
