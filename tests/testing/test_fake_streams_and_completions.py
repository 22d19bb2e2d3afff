"""The fake server's `/v1/complete`, cited answers and long-stream options, over real HTTP."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import httpx

from anthropic.testing import FakeAnthropic

PROMPT = "\n\nHuman: Hello there\n\nAssistant:"


def events(text: str) -> List[Tuple[str, Dict[str, Any]]]:
    out: List[Tuple[str, Dict[str, Any]]] = []
    for block in text.strip("\n").split("\n\n"):
        name, data = block.split("\n")
        out.append((name[len("event: ") :], json.loads(data[len("data: ") :])))
    return out


def test_complete(client: httpx.Client) -> None:
    body = {"model": "claude-2.1", "max_tokens_to_sample": 10, "prompt": PROMPT}
    data = client.post("/v1/complete", json=body).json()
    assert data["completion"] == " Echo: Hello there"
    assert (data["stop_reason"], data["stop"], data["type"]) == ("stop_sequence", "\n\nHuman:", "completion")
    assert data["id"].startswith("compl_") and data["model"] == "claude-2.1"
    cut = client.post("/v1/complete", json={**body, "stop_sequences": ["there"]}).json()
    assert (cut["completion"], cut["stop_reason"], cut["stop"]) == (" Echo: Hello ", "stop_sequence", "there")
    short = client.post("/v1/complete", json={**body, "max_tokens_to_sample": 1}).json()
    assert (short["completion"], short["stop_reason"], short["stop"]) == (" Echo:", "max_tokens", None)


def test_complete_stream(client: httpx.Client) -> None:
    body = {"model": "claude-2.1", "max_tokens_to_sample": 10, "prompt": PROMPT, "stream": True}
    response = client.post("/v1/complete", json=body)
    assert response.headers["content-type"].startswith("text/event-stream")
    got = events(response.text)
    assert [name for name, _ in got] == ["completion", "ping", "completion", "completion", "completion"]
    pieces = [data for name, data in got if name == "completion"]
    assert "".join(p["completion"] for p in pieces) == " Echo: Hello there"
    assert [p["stop_reason"] for p in pieces] == [None, None, None, "stop_sequence"]


def test_complete_validation(client: httpx.Client) -> None:
    for body, message in [
        ({"model": "m", "max_tokens_to_sample": 5, "prompt": "hi"}, 'prompt must start with "\n\nHuman:" turn'),
        (
            {"model": "m", "max_tokens_to_sample": 5, "prompt": "\n\nHuman: hi"},
            'prompt must end with "\n\nAssistant:" turn',
        ),
        ({"model": "m", "prompt": PROMPT}, "max_tokens_to_sample: Field required"),
        ({"max_tokens_to_sample": 5, "prompt": PROMPT}, "model: Field required"),
        (
            {"model": "m", "max_tokens_to_sample": 0, "prompt": PROMPT},
            "max_tokens_to_sample: Input should be greater than or equal to 1",
        ),
    ]:
        response = client.post("/v1/complete", json=body)
        assert response.status_code == 400
        assert response.json()["error"]["message"] == message


def test_cited_answer(client: httpx.Client) -> None:
    content = [
        {
            "type": "document",
            "source": {"type": "text", "media_type": "text/plain", "data": "Alpha beta. Gamma."},
            "citations": {"enabled": True},
        },
        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Not cited."}},
        {
            "type": "document",
            "title": "P",
            "source": {"type": "base64", "media_type": "application/pdf", "data": "AA=="},
            "citations": {"enabled": True},
        },
        {"type": "text", "text": "Summarise"},
    ]
    body = {"model": "m", "max_tokens": 100, "messages": [{"role": "user", "content": content}]}
    message = client.post("/v1/messages", json=body).json()
    assert [block.get("citations") is not None for block in message["content"]] == [False, True, True]
    first, second = message["content"][1]["citations"][0], message["content"][2]["citations"][0]
    assert first == {
        "type": "char_location",
        "cited_text": "Alpha beta.",
        "document_index": 0,
        "document_title": None,
        "start_char_index": 0,
        "end_char_index": 11,
    }
    assert (second["type"], second["document_index"], second["document_title"]) == ("page_location", 2, "P")
    streamed = events(client.post("/v1/messages", json={**body, "stream": True}).text)
    deltas = [data["delta"]["type"] for name, data in streamed if name == "content_block_delta" and data["index"] == 1]
    assert deltas[0] == "citations_delta" and set(deltas[1:]) == {"text_delta"}


def test_long_text_stream_options(server: FakeAnthropic, client: httpx.Client) -> None:
    body = {"model": "m", "max_tokens": 10, "messages": [{"role": "user", "content": "x"}], "stream": True}
    headers = {"x-fake-text-deltas": "1000", "x-fake-chunk-bytes": "4096"}
    with client.stream("POST", "/v1/messages", json=body, headers=headers) as response:
        raw = b"".join(response.iter_raw())
    got = events(raw.decode())
    texts = [data["delta"]["text"] for name, data in got if name == "content_block_delta"]
    assert len(texts) == 1000 and texts[:2] == ["word0", " word1"]
    assert got[-2][1]["usage"]["output_tokens"] == 1000
    bad = client.post("/v1/messages", json=body, headers={"x-fake-text-deltas": "many"})
    assert bad.status_code == 400
