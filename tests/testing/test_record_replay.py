"""Record and replay: one fake server is the upstream, a second records through it, a third replays the files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

import httpx
import pytest

import anthropic
from anthropic import Anthropic, AnthropicBedrock, AnthropicFoundry, AnthropicVertex, AsyncAnthropic, beta_tool
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.testing._recording import REDACTED, SSECollector, encode_body, is_sensitive, render_sse

API_KEY = "sk-ant-api03-SECRET-recording-key-0123456789"
MODEL = "claude-sonnet-4-5"
HELLO: List[Any] = [{"role": "user", "content": "Hello there"}]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, fast_retries: None) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def upstream() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        yield fake


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    return tmp_path / "recordings"


@pytest.fixture
def recorder(upstream: FakeAnthropic, recordings: Path) -> Iterator[FakeAnthropic]:
    with FakeAnthropic(record_to=recordings, upstream=upstream.url) as proxy:
        yield proxy


def client_of(server: FakeAnthropic, **kwargs: Any) -> Anthropic:
    return Anthropic(api_key=API_KEY, base_url=server.url, **kwargs)


def files(directory: Path) -> List[str]:
    return sorted(entry.name for entry in directory.iterdir())


def load(path: Path) -> Dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def assert_no_secret(directory: Path, *secrets: str) -> None:
    for path in directory.iterdir():
        text = path.read_text(encoding="utf-8")
        for secret in secrets:
            assert secret not in text, f"{secret!r} found in {path.name}"


# ------------------------------------------------------------------------------------------------ messages


def test_plain_message_round_trip(recorder: FakeAnthropic, upstream: FakeAnthropic, recordings: Path) -> None:
    with client_of(recorder) as client:
        recorded = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
        counted = client.messages.count_tokens(model=MODEL, messages=HELLO)
    assert recorded.content[0].type == "text" and recorded.content[0].text == "Echo: Hello there"
    assert len(upstream.requests) == 2 and len(recorder.requests) == 2
    assert upstream.requests[0].headers["x-api-key"] == API_KEY  # forwarded as sent
    assert upstream.requests[0].json() == recorder.requests[0].json()
    assert files(recordings) == ["0001-POST-v1-messages.json", "0002-POST-v1-messages-count_tokens.json"]
    assert [path.name for path in recorder.recordings] == files(recordings)

    exchange = load(recordings / "0001-POST-v1-messages.json")
    request, response = exchange["request"], exchange["response"]
    assert (request["method"], request["path"]) == ("POST", "/v1/messages")
    assert request["headers"]["x-api-key"] == REDACTED
    assert request["headers"]["anthropic-version"] == "2023-06-01"
    assert not any(name.startswith("x-stainless") for name in request["headers"])
    assert request["json"] == {"model": MODEL, "max_tokens": 64, "messages": HELLO}
    assert response["status"] == 200
    assert response["headers"]["content-type"] == "application/json"
    assert (response["json"]["id"], response["json"]["usage"]) == (
        recorded.id,
        recorded.usage.model_dump(exclude_unset=True),
    )
    assert response["json"]["content"] == [{"type": "text", "text": "Echo: Hello there"}]
    assert '\n  "request": {\n    "method": "POST",' in (recordings / "0001-POST-v1-messages.json").read_text()

    with FakeAnthropic(replay_from=recordings) as replay, client_of(replay) as client:
        replayed = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
        assert client.messages.count_tokens(model=MODEL, messages=HELLO) == counted
        assert replay.unmatched == [] and replay.unused_recordings == []
    assert replayed == recorded
    assert replayed._request_id == recorded._request_id  # the recorded headers are sent back
    assert_no_secret(recordings, API_KEY)


def test_streamed_message_events_are_identical(recorder: FakeAnthropic, recordings: Path) -> None:
    kwargs: Dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 2048,
        "messages": HELLO,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    with client_of(recorder) as client:
        recorded = [event.model_dump() for event in client.messages.create(stream=True, **kwargs)]
        with client.messages.stream(**kwargs) as stream:
            recorded_text = list(stream.text_stream)
            recorded_final = stream.get_final_message()
    exchange = load(recordings / "0001-POST-v1-messages.json")
    events = exchange["response"]["sse"]
    assert [event["event"] for event in events if event["event"] != "ping"] == [event["type"] for event in recorded]
    assert events[0]["data"]["type"] == "message_start"  # decoded, readable JSON
    assert all(isinstance(event["t"], float) for event in events)
    assert exchange["response"]["headers"]["content-type"].startswith("text/event-stream")

    with FakeAnthropic(replay_from=recordings) as replay, client_of(replay) as client:
        replayed = [event.model_dump() for event in client.messages.create(stream=True, **kwargs)]
        with client.messages.stream(**kwargs) as stream:
            assert list(stream.text_stream) == recorded_text
            assert stream.get_final_message() == recorded_final
    assert replayed == recorded
    assert recorded_text == ["Echo:", " Hello", " there"]


def test_stream_bytes_are_replayed_as_the_upstream_sent_them(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    items = [
        sse_event("message_start", {"type": "message_start"}),
        sse_event(None, "not json", id="7", retry=1500),
        b": a comment\n\n",
        sse_event("ping", {"type": "ping"}),
        b"data: [1, 2]\n\n",
        sse_event("multi", "line one\nline two"),
    ]
    upstream.enqueue(Reply(sse=items))
    with httpx.Client(base_url=recorder.url) as http:
        original = http.get("/v1/custom", headers={"x-api-key": API_KEY}).text
    events = load(recordings / "0001-GET-v1-custom.json")["response"]["sse"]
    assert [(e.get("event"), e["data"]) for e in events] == [
        ("message_start", {"type": "message_start"}),
        (None, "not json"),
        ("ping", {"type": "ping"}),
        (None, [1, 2]),
        ("multi", "line one\nline two"),
    ]
    assert events[1]["id"] == "7" and events[1]["retry"] == 1500
    with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
        replayed = http.get("/v1/custom").text
    assert replayed == original.replace(": a comment\n\n", "").replace("data: [1, 2]", "data: [1,2]")


def test_streams_are_forwarded_as_they_arrive(upstream: FakeAnthropic, recorder: FakeAnthropic) -> None:
    upstream.enqueue(Reply(sse=[sse_event("a", {"n": 1}), sse_event("b", {"n": 2})], chunk_delay=0.15))
    with httpx.Client(base_url=recorder.url, timeout=5) as http:
        with http.stream("POST", "/v1/messages", json={}, headers={"x-api-key": API_KEY}) as response:
            started = time.monotonic()
            chunks = response.iter_bytes()
            first = next(chunks)
            first_at = time.monotonic() - started
            rest = b"".join(chunks)
            ended_at = time.monotonic() - started
    assert first.startswith(b"event: a") and b"event: b" in first + rest
    assert first_at < 0.1 < ended_at  # the first event came through before the upstream finished


def test_replay_timing_scales_the_recorded_pace(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    upstream.enqueue(Reply(sse=[sse_event("a", {"n": 1}), sse_event("b", {"n": 2})], chunk_delay=0.1))
    with httpx.Client(base_url=recorder.url) as http:
        http.post("/v1/messages", json={})
    t = [event["t"] for event in load(recordings / "0001-POST-v1-messages.json")["response"]["sse"]]
    assert t[1] - t[0] >= 0.09

    def replay_duration(timing: float) -> float:
        with (
            FakeAnthropic(replay_from=recordings, replay_timing=timing) as replay,
            httpx.Client(base_url=replay.url) as http,
        ):
            started = time.monotonic()
            http.post("/v1/messages", json={})
            return time.monotonic() - started

    assert replay_duration(0) < 0.08
    assert replay_duration(1.0) >= 0.09


# ------------------------------------------------------------------------------------------------ tools, errors


@beta_tool
def get_weather(location: str) -> str:
    """Get the current weather.

    Args:
        location: The city.
    """
    return f"{location}: 21°C, sunny"


def test_a_tool_run_replays(recorder: FakeAnthropic, recordings: Path) -> None:
    messages: List[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]

    def run(server: FakeAnthropic) -> List[Any]:
        with client_of(server) as client:
            runner = client.beta.messages.tool_runner(
                model=MODEL, max_tokens=200, messages=messages, tools=[get_weather]
            )
            return [message.model_dump() for message in runner]

    recorded = run(recorder)
    assert [m["stop_reason"] for m in recorded] == ["tool_use", "end_turn"]
    assert recorded[1]["content"][0]["text"] == "The tool returned: Paris: 21°C, sunny"
    assert files(recordings) == ["0001-POST-v1-messages.json", "0002-POST-v1-messages.json"]
    second = load(recordings / "0002-POST-v1-messages.json")["request"]
    assert second["query"] == {"beta": "true"}
    assert second["json"]["messages"][2]["content"][0]["type"] == "tool_result"

    with FakeAnthropic(replay_from=recordings) as replay:
        assert run(replay) == recorded


def test_a_recorded_529_is_replayed_and_retried(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    upstream.enqueue(Reply(status=529))
    with client_of(recorder) as client:
        message = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert files(recordings) == ["0001-POST-v1-messages.json", "0002-POST-v1-messages.json"]
    overloaded = load(recordings / "0001-POST-v1-messages.json")["response"]
    assert overloaded["status"] == 529
    assert overloaded["json"]["error"] == {"type": "overloaded_error", "message": "Overloaded"}

    with FakeAnthropic(replay_from=recordings) as replay, client_of(replay) as client:
        assert client.messages.create(model=MODEL, max_tokens=64, messages=HELLO) == message
        assert len(replay.requests) == 2  # the 529 first, then the retry got the 200
    with FakeAnthropic(replay_from=recordings) as replay, client_of(replay, max_retries=0) as client:
        with pytest.raises(anthropic.APIStatusError) as caught:
            client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
        assert caught.value.status_code == 529 and caught.value.body == overloaded["json"]
        assert replay.unused_recordings == ["0002-POST-v1-messages.json"]


def test_recordings_of_one_request_answer_in_order(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    upstream.enqueue(Reply(json={"n": 1}))
    upstream.enqueue(Reply(json={"n": 2}))
    with httpx.Client(base_url=recorder.url) as http:
        for _ in range(2):
            http.post("/v1/things", json={"a": 1, "b": [1, 2]})
    with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
        body = b'{"b": [1, 2],\n "a": 1}'  # other key order and spacing: the same JSON
        assert http.post("/v1/things", content=body).json() == {"n": 1}
        assert http.post("/v1/things", content=body).json() == {"n": 2}
        third = http.post("/v1/things", content=body)
        assert third.status_code == 500 and third.headers["x-should-retry"] == "false"
        assert "already used" in third.json()["error"]["message"]
        with pytest.raises(AssertionError, match="the 2 recording"):
            replay.close()


def test_a_cut_stream_is_recorded_and_replayed_cut(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    events = [sse_event("message_start", {"type": "message_start"}), sse_event("ping", {"type": "ping"})]
    upstream.enqueue(Reply(sse=events, drop_after=len(events[0]) + 5))
    with httpx.Client(base_url=recorder.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/v1/messages", json={}).read()
    response = load(recordings / "0001-POST-v1-messages.json")["response"]
    assert response["truncated"] is True
    assert [event.get("event") for event in response["sse"]] == ["message_start", None]
    assert response["sse"][1]["raw"] == "event"
    with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/v1/messages", json={}).read()


def test_unmatched_request_gets_a_readable_diff(recorder: FakeAnthropic, recordings: Path) -> None:
    with client_of(recorder) as client:
        client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
        client.models.list()
    replay = FakeAnthropic(replay_from=recordings).start()
    with client_of(replay) as client:
        with pytest.raises(anthropic.InternalServerError) as caught:
            client.messages.create(model=MODEL, max_tokens=32, messages=[{"role": "user", "content": "Hello here"}])
    assert len(replay.requests) == 1  # x-should-retry: false, no retries
    [unmatched] = replay.unmatched
    assert unmatched.closest == "0001-POST-v1-messages.json"
    assert unmatched.request.json()["max_tokens"] == 32
    diff = unmatched.diff.splitlines()
    assert diff[:2] == ["--- recording 0001-POST-v1-messages.json", "+++ request POST /v1/messages"]
    assert diff[2:] == [
        "@@ -2,10 +2,10 @@",
        '   "method": "POST",',
        '   "path": "/v1/messages",',
        '   "json": {',
        '-    "max_tokens": 64,',
        '+    "max_tokens": 32,',
        '     "messages": [',
        "       {",
        '-        "content": "Hello there",',
        '+        "content": "Hello here",',
        '         "role": "user"',
        "       }",
        "     ],",
    ]
    body: Any = caught.value.body
    assert body["error"]["message"] == unmatched.message  # the error body carries the message too
    assert unmatched.diff.rstrip("\n") in unmatched.message
    with pytest.raises(AssertionError) as failure:
        replay.close()
    assert str(failure.value).startswith("FakeAnthropic replay: 1 request had no recording:")
    assert unmatched.diff.rstrip("\n") in str(failure.value)
    replay.close()  # idempotent: reported once


def test_unmatched_at_the_end_of_a_with_block(recordings: Path) -> None:
    recordings.mkdir()
    with pytest.raises(AssertionError, match=r"no recordings in"):
        with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
            assert http.get("/v1/models").status_code == 500


def test_scripted_replies_come_first_in_both_modes(
    recorder: FakeAnthropic, upstream: FakeAnthropic, recordings: Path
) -> None:
    recorder.enqueue(Reply(status=418))
    with httpx.Client(base_url=recorder.url) as http:
        assert http.get("/v1/models").status_code == 418
    assert upstream.requests == [] and files(recordings) == []
    with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
        replay.enqueue(Reply(json={"ok": True}))
        assert http.get("/v1/models").json() == {"ok": True}


# ------------------------------------------------------------------------------------------------ secrets


def test_credentials_never_reach_the_files(upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path) -> None:
    token = "bearer-token-0123456789abcdef"
    upstream.enqueue(
        Reply(
            status=401,
            json={
                "type": "error",
                "error": {"type": "authentication_error", "message": f"invalid x-api-key {API_KEY}"},
            },
        )
    )
    upstream.enqueue(Reply(json={"echo": f"Bearer {token}"}, headers={"set-cookie": "session=abc123456789"}))
    with httpx.Client(base_url=recorder.url) as http:
        http.post("/v1/messages", json={}, headers={"x-api-key": API_KEY, "cookie": "c=secret-cookie-123"})
        http.get(f"/v1/models?key={API_KEY}&limit=2", headers={"authorization": f"Bearer {token}"})
    assert_no_secret(recordings, API_KEY, token, "secret-cookie-123", "abc123456789")
    first = load(recordings / "0001-POST-v1-messages.json")
    assert first["request"]["headers"]["cookie"] == REDACTED
    assert first["response"]["json"]["error"]["message"] == f"invalid x-api-key {REDACTED}"
    second = load(recordings / "0002-GET-v1-models.json")
    assert second["request"]["query"] == {"key": REDACTED, "limit": "2"}
    assert second["request"]["headers"]["authorization"] == REDACTED
    assert second["response"]["headers"]["set-cookie"] == REDACTED
    assert second["response"]["json"] == {"echo": REDACTED}  # the whole header value
    with FakeAnthropic(replay_from=recordings) as replay, httpx.Client(base_url=replay.url) as http:
        assert (
            http.get("/v1/models?limit=2&key=other").json() == second["response"]["json"]
        )  # a redacted value matches any


def test_upstream_headers_replace_the_clients_and_are_redacted(upstream: FakeAnthropic, recordings: Path) -> None:
    real_key = "sk-ant-api03-the-real-key-9876543210"
    with FakeAnthropic(
        record_to=recordings, upstream=upstream.url, upstream_headers={"X-Api-Key": real_key}
    ) as recorder:
        with client_of(recorder) as client:
            client.messages.create(model=MODEL, max_tokens=8, messages=HELLO)
    assert upstream.last_request.headers.get_list("x-api-key") == [real_key]
    assert_no_secret(recordings, real_key, API_KEY)


def test_platform_clients_record_without_their_credentials(
    upstream: FakeAnthropic, recorder: FakeAnthropic, recordings: Path
) -> None:
    access_key, secret_key, session_token = (
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "FwoGZXIvYXdzEXAMPLETOKEN123",
    )
    with AnthropicBedrock(
        aws_access_key=access_key,
        aws_secret_key=secret_key,
        aws_session_token=session_token,
        aws_region="us-east-1",
        base_url=recorder.url,
    ) as bedrock:
        bedrock.messages.create(model="anthropic.claude-sonnet-4-5-20250929-v1:0", max_tokens=8, messages=HELLO)
    with AnthropicVertex(
        region="us-east5", project_id="my-project", access_token="ya29.vertex-token-0123456789", base_url=recorder.url
    ) as vertex:
        vertex.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=8, messages=HELLO)
    with AnthropicFoundry(api_key="foundry-key-0123456789", base_url=recorder.url + "/anthropic") as foundry:
        foundry.messages.create(model=MODEL, max_tokens=8, messages=HELLO)
    names = files(recordings)
    assert names[0].startswith("0001-POST-model-anthropic.claude-sonnet-4-5-20250929-v1-0-invoke")
    assert names[2] == "0003-POST-anthropic-v1-messages.json"
    assert_no_secret(
        recordings, access_key, secret_key, session_token, "ya29.vertex-token-0123456789", "foundry-key-0123456789"
    )
    bedrock = load(recordings / names[0])
    assert bedrock["request"]["headers"]["authorization"] == REDACTED
    assert bedrock["request"]["headers"]["x-amz-security-token"] == REDACTED
    assert bedrock["response"]["headers"]["x-amzn-bedrock-input-token-count"].isdigit()  # a counter, not a secret
    assert load(recordings / names[2])["request"]["headers"]["api-key"] == REDACTED
    assert [request.platform for request in upstream.requests] == ["bedrock", "vertex", "foundry"]


def test_bedrock_event_streams_record_and_replay(recorder: FakeAnthropic, recordings: Path) -> None:
    settings: Any = {"aws_access_key": "AKIAIOSFODNN7EXAMPLE", "aws_secret_key": "secret", "aws_region": "us-east-1"}
    model = "anthropic.claude-sonnet-4-5-20250929-v1:0"

    def run(server: FakeAnthropic) -> List[Any]:
        with AnthropicBedrock(base_url=server.url, **settings) as bedrock:
            stream = bedrock.messages.create(model=model, max_tokens=16, messages=HELLO, stream=True)
            return [event.model_dump() for event in stream]

    recorded = run(recorder)
    assert recorded[-1]["type"] == "message_stop"
    [name] = files(recordings)
    response = load(recordings / name)["response"]
    assert response["headers"]["content-type"] == "application/vnd.amazon.eventstream"
    assert response["streamed"] is True and "base64" in response  # binary AWS event stream, kept byte for byte
    with FakeAnthropic(replay_from=recordings) as replay:
        assert run(replay) == recorded


@pytest.mark.anyio
async def test_the_async_client_replays_a_stream(recorder: FakeAnthropic, recordings: Path) -> None:
    async def run(server: FakeAnthropic) -> List[str]:
        async with AsyncAnthropic(api_key=API_KEY, base_url=server.url) as client:
            async with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
                return [text async for text in stream.text_stream]

    recorded = await run(recorder)
    with FakeAnthropic(replay_from=recordings) as replay:
        assert await run(replay) == recorded == ["Echo:", " Hello", " there"]


def test_an_upstream_path_prefix_is_kept(upstream: FakeAnthropic, recordings: Path) -> None:
    with (
        FakeAnthropic(record_to=recordings, upstream=upstream.url + "/anthropic/") as recorder,
        client_of(recorder) as client,
    ):
        client.messages.create(model=MODEL, max_tokens=8, messages=HELLO)
    assert upstream.last_request.path == "/anthropic/v1/messages"
    assert files(recordings) == ["0001-POST-v1-messages.json"]


def test_multipart_uploads_match_whatever_the_boundary(recorder: FakeAnthropic, recordings: Path) -> None:
    with client_of(recorder) as client:
        uploaded = client.beta.files.upload(file=("notes.txt", b"some notes\n", "text/plain"))
    request = load(recordings / "0001-POST-v1-files.json")["request"]
    assert request["multipart"] == [
        {"name": "file", "filename": "notes.txt", "content_type": "text/plain", "text": "some notes\n"}
    ]
    with FakeAnthropic(replay_from=recordings) as replay, client_of(replay) as client:
        assert client.beta.files.upload(file=("notes.txt", b"some notes\n", "text/plain")) == uploaded


def test_a_directory_is_continued_not_overwritten(upstream: FakeAnthropic, recordings: Path) -> None:
    for _ in range(2):
        with (
            FakeAnthropic(record_to=recordings, upstream=upstream.url) as recorder,
            httpx.Client(base_url=recorder.url) as http,
        ):
            http.get("/v1/models", headers={"x-api-key": API_KEY})
    assert files(recordings) == ["0001-GET-v1-models.json", "0002-GET-v1-models.json"]


# ------------------------------------------------------------------------------------------------ failures


def test_an_unreachable_upstream_is_a_502_and_nothing_is_recorded(recordings: Path) -> None:
    dead = FakeAnthropic().start()
    url = dead.url
    dead.close()
    with FakeAnthropic(record_to=recordings, upstream=url) as recorder, httpx.Client(base_url=recorder.url) as http:
        response = http.get("/v1/models")
        assert response.status_code == 502 and response.headers["x-should-retry"] == "false"
        assert "no answer from" in response.json()["error"]["message"]
        assert recorder.recordings == []


def test_close_interrupts_a_proxied_exchange(upstream: FakeAnthropic, recordings: Path) -> None:
    upstream.enqueue(Reply(delay=5))
    recorder = FakeAnthropic(record_to=recordings, upstream=upstream.url).start()
    errors: List[BaseException] = []

    def call() -> None:
        try:
            with httpx.Client(base_url=recorder.url) as http:
                http.get("/v1/models")
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 2
    while not upstream.requests and time.monotonic() < deadline:
        time.sleep(0.005)
    started = time.monotonic()
    recorder.close()
    assert time.monotonic() - started < 1
    thread.join(2)
    assert errors and not thread.is_alive()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"record_to": "x"}, "record_to and upstream go together"),
        ({"upstream": "http://x"}, "record_to and upstream go together"),
        ({"record_to": "x", "upstream": "ftp://x"}, "http:// or https://"),
        ({"replay_from": "/nonexistent/dir"}, "is not a directory"),
        ({"replay_from": ".", "replay_timing": -1}, "replay_timing"),
        ({"upstream_headers": {"a": "b"}}, "upstream_headers needs upstream"),
    ],
)
def test_bad_arguments(kwargs: Dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FakeAnthropic(**kwargs)


def test_a_malformed_recording_is_named(tmp_path: Path) -> None:
    (tmp_path / "0001-GET-x.json").write_text('{"request": {}}')
    with pytest.raises(ValueError, match="0001-GET-x.json"):
        FakeAnthropic(replay_from=tmp_path)
    (tmp_path / "0001-GET-x.json").write_text("not json")
    with pytest.raises(ValueError, match="0001-GET-x.json: not a JSON recording"):
        FakeAnthropic(replay_from=tmp_path)


# ------------------------------------------------------------------------------------------------ pieces


def test_sse_collector_handles_split_pieces() -> None:
    collector = SSECollector()
    data = 'event: a\r\ndata: {"é": 1}\r\n\r\nevent: b\ndata: x\n\n'.encode()
    for index in range(len(data)):  # one byte at a time: split CRLFs and UTF-8 sequences
        collector.feed(data[index : index + 1], float(index))
    collector.finish(99.0)
    assert [(e["event"], e["data"]) for e in collector.events] == [("a", {"é": 1}), ("b", "x")]
    assert render_sse(collector.events) == [b'event: a\ndata: {"\xc3\xa9":1}\n\n', b"event: b\ndata: x\n\n"]


def test_encode_body_kinds() -> None:
    assert encode_body(b"", "application/json") == {}
    assert encode_body(b'{"a": 1}', "application/json") == {"json": {"a": 1}}
    assert encode_body(b"[1]", "") == {"json": [1]}
    assert encode_body(b"plain", "text/plain") == {"text": "plain"}
    assert encode_body(b"\xff\x00", "application/octet-stream") == {"base64": "/wA="}
    assert encode_body(b"{broken", "application/json") == {"text": "{broken"}


# ------------------------------------------------------------------------------------------------ command line


def _start_cli(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "anthropic.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    return process


def _stop_cli(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=10)
    return process.returncode, stderr


def test_command_line_records_and_replays(upstream: FakeAnthropic, recordings: Path) -> None:
    process = _start_cli("--record-to", str(recordings), "--upstream", upstream.url)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        with Anthropic(api_key=API_KEY, base_url=url) as client:
            recorded = client.messages.create(model=MODEL, max_tokens=8, messages=HELLO)
    finally:
        status, stderr = _stop_cli(process)
    assert status == 0, stderr
    assert files(recordings) == ["0001-POST-v1-messages.json"]

    process = _start_cli("--replay-from", str(recordings))
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        with Anthropic(api_key="other", base_url=url, max_retries=0) as client:
            assert client.messages.create(model=MODEL, max_tokens=8, messages=HELLO) == recorded
            with pytest.raises(anthropic.InternalServerError):
                client.messages.create(model=MODEL, max_tokens=9, messages=HELLO)
    finally:
        status, stderr = _stop_cli(process)
    assert status == 1
    assert "1 request had no recording" in stderr and '+    "max_tokens": 9,' in stderr
    assert "Traceback" not in stderr


def test_command_line_rejects_half_a_recording_setup() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "anthropic.testing", "--record-to", "x"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2 and "--record-to and --upstream go together" in result.stderr


@pytest.mark.parametrize(
    ("name", "sensitive"),
    [
        ("x-api-key", True),
        ("Authorization", True),
        ("api-key", True),
        ("Cookie", True),
        ("set-cookie", True),
        ("X-Amz-Date", True),
        ("x-amz-security-token", True),
        ("x-goog-api-key", True),
        ("proxy-authorization", True),
        ("x-session-id", True),
        ("access_token", True),
        ("anthropic-version", False),
        ("content-type", False),
        ("request-id", False),
        ("x-amzn-bedrock-input-token-count", False),
        ("anthropic-ratelimit-tokens-remaining", False),
        ("anthropic-ratelimit-input-tokens-limit", False),
    ],
)
def test_sensitive_names(name: str, sensitive: bool) -> None:
    assert is_sensitive(name) is sensitive
