"""The fake server's cloud front doors (Bedrock, Vertex AI, Foundry), driven with raw httpx."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from typing import Any, Dict, Iterator, List, Optional

import httpx
import pytest

from anthropic._core.eventstream import AWSEventStreamDecoder, decode_messages, encode_message
from anthropic.testing import FakeAnthropic, Reply, bedrock_chunk, bedrock_exception, sse_event
from anthropic.testing._platforms import sse_to_event_stream

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLETOKEN"
MODEL = "anthropic.claude-sonnet-4-5-20250929-v1:0"
ARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/jf2sje1c0jnb"
ARN_PATH = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile%2Fjf2sje1c0jnb"
BEDROCK_BODY = {
    "max_tokens": 50,
    "messages": [{"role": "user", "content": "hello there"}],
    "anthropic_version": "bedrock-2023-05-31",
}
VERTEX_PREFIX = "/projects/my-project/locations/us-east5/publishers/anthropic/models"
VERTEX_BODY = {
    "max_tokens": 50,
    "messages": [{"role": "user", "content": "hello there"}],
    "anthropic_version": "vertex-2023-10-16",
}
FIRST_PARTY_BODY = {"model": MODEL, "max_tokens": 50, "messages": [{"role": "user", "content": "hello there"}]}
EVENT_STREAM = "application/vnd.amazon.eventstream"


@pytest.fixture
def verifying() -> Iterator[FakeAnthropic]:
    pytest.importorskip("botocore")  # installed by the dev extras (anthropic[bedrock])
    with FakeAnthropic(bedrock_credentials=(ACCESS_KEY, SECRET_KEY)) as fake:
        yield fake


@pytest.fixture
def http(verifying: FakeAnthropic) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=verifying.url, timeout=5) as client:
        yield client


@pytest.fixture
def plain(server: FakeAnthropic) -> Iterator[httpx.Client]:
    """A client of a server that does not verify signatures (no botocore needed)."""
    with httpx.Client(base_url=server.url, timeout=5) as client:
        yield client


def sign(
    request: httpx.Request,
    *,
    access_key: str = ACCESS_KEY,
    secret_key: str = SECRET_KEY,
    session_token: Optional[str] = None,
    region: str = "us-east-1",
    service: str = "bedrock",
) -> httpx.Request:
    """Sign like the Bedrock client: botocore's SigV4Auth over the method, URL, body and every header but
    `connection`."""
    pytest.importorskip("botocore")  # installed by the dev extras (anthropic[bedrock])
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    headers = request.headers.copy()
    del headers["connection"]
    aws_request = AWSRequest(method=request.method, url=str(request.url), headers=dict(headers), data=request.read())
    SigV4Auth(Credentials(access_key, secret_key, session_token), service, region).add_auth(aws_request)
    for name, value in aws_request.prepare().headers.items():
        if value is not None:
            request.headers[name] = value
    return request


def bedrock_post(http: httpx.Client, path: str, body: Any = BEDROCK_BODY, **signing: Any) -> httpx.Response:
    request = http.build_request(
        "POST", path, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    return http.send(sign(request, **signing))


def stream_events(content: bytes) -> List[Dict[str, Any]]:
    return [event.json() for event in AWSEventStreamDecoder().iter_bytes([content])]


def first_party_events(server: FakeAnthropic, body: Dict[str, Any], path: str = "/v1/messages") -> List[Dict[str, Any]]:
    with httpx.Client(base_url=server.url, headers={"x-api-key": "k"}) as client:
        text = client.post(path, json={**body, "stream": True}).text
    events: List[Dict[str, Any]] = []
    for block in text.split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
    return events


# ---------------------------------------------------------------------------------------------- Bedrock: auth


def test_bedrock_without_signature_is_refused_like_aws(http: httpx.Client) -> None:
    response = http.post(f"/model/{MODEL}/invoke", json=BEDROCK_BODY)
    assert response.status_code == 403
    assert response.json() == {"message": "Missing Authentication Token"}
    assert response.headers["x-amzn-ErrorType"].startswith("MissingAuthenticationTokenException:")
    assert "request-id" not in response.headers
    assert response.headers["x-amzn-RequestId"]


def test_bedrock_signed_request_verifies(verifying: FakeAnthropic, http: httpx.Client) -> None:
    response = bedrock_post(http, f"/model/{MODEL}/invoke")
    assert response.status_code == 200, response.text
    message = response.json()
    assert message["model"] == MODEL
    assert message["content"] == [{"type": "text", "text": "Echo: hello there"}]
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-amzn-bedrock-input-token-count"] == str(message["usage"]["input_tokens"])
    assert response.headers["x-amzn-bedrock-output-token-count"] == str(message["usage"]["output_tokens"])
    recorded = verifying.last_request
    assert recorded.platform == "bedrock"
    assert recorded.platform_model == MODEL
    assert recorded.headers["authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
    assert recorded.json() == BEDROCK_BODY


@pytest.mark.parametrize(
    "tamper",
    ["body", "header", "path", "date"],
)
def test_bedrock_tampered_request_is_refused(http: httpx.Client, tamper: str) -> None:
    request = sign(
        http.build_request(
            "POST",
            f"/model/{MODEL}/invoke",
            content=json.dumps(BEDROCK_BODY).encode(),
            headers={"content-type": "application/json", "x-custom": "signed"},
        )
    )
    if tamper == "body":
        content = json.dumps({**BEDROCK_BODY, "max_tokens": 51}).encode()
        request = httpx.Request("POST", request.url, headers=request.headers, content=content)
    elif tamper == "header":
        request.headers["x-custom"] = "changed"
    elif tamper == "path":
        request = httpx.Request(
            "POST", request.url.copy_with(path="/model/other/invoke"), headers=request.headers, content=request.read()
        )
    else:
        request.headers["x-amz-date"] = request.headers["x-amz-date"][:-3] + "59Z"
    response = http.send(request)
    assert response.status_code == 403
    assert response.headers["x-amzn-ErrorType"].startswith("InvalidSignatureException:")
    message = response.json()["message"]
    assert message.startswith("The request signature we calculated does not match the signature you provided.")
    assert "The Canonical String for this request should have been\n'POST\n/model/" in message
    assert "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n" in message


def test_bedrock_wrong_secret_and_unknown_key(http: httpx.Client) -> None:
    wrong_secret = bedrock_post(http, f"/model/{MODEL}/invoke", secret_key="not-the-secret")
    assert wrong_secret.status_code == 403
    assert "signature we calculated does not match" in wrong_secret.json()["message"]
    unknown_key = bedrock_post(http, f"/model/{MODEL}/invoke", access_key="AKIDOTHER")
    assert unknown_key.status_code == 403
    assert unknown_key.json() == {"message": "The security token included in the request is invalid."}
    assert unknown_key.headers["x-amzn-ErrorType"].startswith("UnrecognizedClientException:")


def test_bedrock_wrong_service_scope(http: httpx.Client) -> None:
    response = bedrock_post(http, f"/model/{MODEL}/invoke", service="s3")
    assert response.status_code == 403
    assert response.json() == {"message": "Credential should be scoped to correct service: 'bedrock'. "}


def test_bedrock_session_token_is_checked() -> None:
    with (
        FakeAnthropic(bedrock_credentials=(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        ok = bedrock_post(http, f"/model/{MODEL}/invoke", session_token=SESSION_TOKEN)
        assert ok.status_code == 200, ok.text
        assert server.last_request.headers["x-amz-security-token"] == SESSION_TOKEN
        missing = bedrock_post(http, f"/model/{MODEL}/invoke")
        assert missing.status_code == 403
        assert missing.json() == {"message": "The security token included in the request is invalid."}
        wrong = bedrock_post(http, f"/model/{MODEL}/invoke", session_token="other")
        assert wrong.status_code == 403


def test_bedrock_without_credentials_accepts_any_well_formed_signature(server: FakeAnthropic) -> None:
    with httpx.Client(base_url=server.url) as http:
        assert bedrock_post(http, f"/model/{MODEL}/invoke", secret_key="anything").status_code == 200
        bearer = http.post(f"/model/{MODEL}/invoke", json=BEDROCK_BODY, headers={"authorization": "Bearer x"})
        assert bearer.status_code == 403
        assert bearer.headers["x-amzn-ErrorType"].startswith("IncompleteSignatureException:")
        assert "Authorization header requires 'Credential' parameter." in bearer.json()["message"]


def test_bedrock_missing_amz_date(server: FakeAnthropic) -> None:
    with httpx.Client(base_url=server.url) as http:
        request = sign(http.build_request("POST", f"/model/{MODEL}/invoke", json=BEDROCK_BODY))
        del request.headers["x-amz-date"]
        response = http.send(request)
    assert response.status_code == 403
    assert "requires existence of either a 'X-Amz-Date' or a 'Date' header" in response.json()["message"]


def test_no_auth_turns_platform_checks_off() -> None:
    with (
        FakeAnthropic(require_auth=False, bedrock_credentials=(ACCESS_KEY, SECRET_KEY)) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        assert http.post(f"/model/{MODEL}/invoke", json=BEDROCK_BODY).status_code == 200
        assert http.post(f"{VERTEX_PREFIX}/claude-x:rawPredict", json=VERTEX_BODY).status_code == 200
        assert http.post("/anthropic/v1/messages", json=FIRST_PARTY_BODY).status_code == 200


def test_bedrock_credentials_are_validated() -> None:
    with pytest.raises(ValueError, match="bedrock_credentials must be"):
        FakeAnthropic(bedrock_credentials=("only-one",))


# ------------------------------------------------------------------------------------ Bedrock: body and routes


def test_bedrock_arn_model_is_percent_decoded(verifying: FakeAnthropic, http: httpx.Client) -> None:
    response = bedrock_post(http, f"/model/{ARN_PATH}/invoke")
    assert response.status_code == 200, response.text
    assert response.json()["model"] == ARN
    assert verifying.last_request.path == f"/model/{ARN_PATH}/invoke"
    assert verifying.last_request.platform_model == ARN


@pytest.mark.parametrize("key", ["model", "stream"])
def test_bedrock_refuses_model_and_stream_in_the_body(http: httpx.Client, key: str) -> None:
    response = bedrock_post(http, f"/model/{MODEL}/invoke", {**BEDROCK_BODY, key: MODEL if key == "model" else True})
    assert response.status_code == 400
    assert response.json() == {
        "message": f"Malformed input request: #: extraneous key [{key}] is not permitted, please reformat your input"
        " and try again."
    }
    assert response.headers["x-amzn-ErrorType"].startswith("ValidationException:")


def test_bedrock_requires_its_anthropic_version(http: httpx.Client) -> None:
    body = {key: value for key, value in BEDROCK_BODY.items() if key != "anthropic_version"}
    response = bedrock_post(http, f"/model/{MODEL}/invoke", body)
    assert response.status_code == 400
    assert "required key [anthropic_version] not found" in response.json()["message"]
    wrong = bedrock_post(http, f"/model/{MODEL}/invoke", {**body, "anthropic_version": "vertex-2023-10-16"})
    assert wrong.status_code == 400
    assert "anthropic_version" in wrong.json()["message"]


def test_bedrock_anthropic_beta_must_be_a_list_of_strings(http: httpx.Client) -> None:
    ok = bedrock_post(http, f"/model/{MODEL}/invoke", {**BEDROCK_BODY, "anthropic_beta": ["a-2025-01-01", "b"]})
    assert ok.status_code == 200
    bad = bedrock_post(http, f"/model/{MODEL}/invoke", {**BEDROCK_BODY, "anthropic_beta": "a,b"})
    assert bad.status_code == 400
    assert "anthropic_beta" in bad.json()["message"]


def test_bedrock_api_errors_use_the_bedrock_shape(http: httpx.Client) -> None:
    body = {key: value for key, value in BEDROCK_BODY.items() if key != "max_tokens"}
    response = bedrock_post(http, f"/model/{MODEL}/invoke", body)
    assert response.status_code == 400
    assert response.json() == {"message": "max_tokens: Field required"}
    not_json = http.send(sign(http.build_request("POST", f"/model/{MODEL}/invoke", content=b"[1]")))
    assert not_json.status_code == 400
    assert not_json.json() == {"message": "Request body must be a JSON object"}


def test_bedrock_text_completion(http: httpx.Client) -> None:
    body = {
        "prompt": "\n\nHuman: hi there\n\nAssistant:",
        "max_tokens_to_sample": 10,
        "anthropic_version": "bedrock-2023-05-31",
    }
    response = bedrock_post(http, "/model/anthropic.claude-v2/invoke", body)
    assert response.status_code == 200, response.text
    assert response.json()["completion"] == " Echo: hi there"
    assert response.json()["model"] == "anthropic.claude-v2"
    streamed = bedrock_post(http, "/model/anthropic.claude-v2/invoke-with-response-stream", body)
    events = stream_events(streamed.content)
    assert "".join(event["completion"] for event in events) == " Echo: hi there"
    assert all(event["type"] == "completion" for event in events)  # no ping


# ------------------------------------------------------------------------------------------- Bedrock: streams


def test_bedrock_stream_frames_decode_to_the_first_party_events(verifying: FakeAnthropic, http: httpx.Client) -> None:
    response = bedrock_post(http, f"/model/{MODEL}/invoke-with-response-stream")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == EVENT_STREAM
    assert response.headers["x-amzn-bedrock-content-type"] == "application/json"
    for message in decode_messages(response.content):
        assert message.headers == {
            ":event-type": "chunk",
            ":content-type": "application/json",
            ":message-type": "event",
        }
        assert set(json.loads(message.payload)) == {"bytes", "p"}
    events = stream_events(response.content)
    expected = [event for event in first_party_events(verifying, FIRST_PARTY_BODY) if event["type"] != "ping"]
    assert [event["type"] for event in events] == [event["type"] for event in expected]
    metrics = events[-1].pop("amazon-bedrock-invocationMetrics")
    assert metrics["outputTokenCount"] == expected[-2]["usage"]["output_tokens"]
    assert metrics["inputTokenCount"] == expected[0]["message"]["usage"]["input_tokens"]
    strip_ids = [
        {**event, "message": {**event["message"], "id": "x"}} if "message" in event else event for event in events
    ]
    assert strip_ids == [{**e, "message": {**e["message"], "id": "x"}} if "message" in e else e for e in expected]


def test_bedrock_stream_is_one_http_chunk_per_event(verifying: FakeAnthropic, http: httpx.Client) -> None:
    request = sign(
        http.build_request("POST", f"/model/{MODEL}/invoke-with-response-stream", content=json.dumps(BEDROCK_BODY))
    )
    with http.stream(request.method, request.url, headers=request.headers, content=request.read()) as response:
        pieces = list(response.iter_raw())
    assert len(pieces) >= 5
    assert all(len(decode_messages(piece)) == 1 for piece in pieces)


def test_bedrock_long_stream_and_chunk_coalescing(http: httpx.Client) -> None:
    request = http.build_request(
        "POST",
        f"/model/{MODEL}/invoke-with-response-stream",
        content=json.dumps(BEDROCK_BODY),
        headers={"x-fake-text-deltas": "300", "x-fake-chunk-bytes": "4096"},
    )
    with http.stream(request.method, request.url, headers=sign(request).headers, content=request.read()) as response:
        pieces = list(response.iter_raw())
    events = stream_events(b"".join(pieces))
    assert sum(1 for event in events if event["type"] == "content_block_delta") == 300
    assert 1 < len(pieces) < 50  # several events per HTTP chunk


def test_scripted_sse_reply_becomes_an_event_stream(verifying: FakeAnthropic, http: httpx.Client) -> None:
    path = f"/model/{ARN_PATH}/invoke-with-response-stream"
    verifying.enqueue(
        Reply(sse=[{"type": "message_start", "message": {"id": "m"}}, sse_event("ping", {"type": "ping"})]),
        path=f"/model/{ARN}/invoke-with-response-stream",  # a decoded path matches too
    )
    response = bedrock_post(http, path)
    assert response.headers["content-type"] == EVENT_STREAM
    assert stream_events(response.content) == [{"type": "message_start", "message": {"id": "m"}}]


def test_sse_error_event_becomes_an_exception_message(verifying: FakeAnthropic, http: httpx.Client) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    verifying.enqueue(Reply(sse=[{"type": "message_start", "message": {"id": "m"}}, error]))
    response = bedrock_post(http, f"/model/{MODEL}/invoke-with-response-stream")
    messages = decode_messages(response.content)
    assert messages[1].headers[":message-type"] == "exception"
    assert messages[1].headers[":exception-type"] == "serviceUnavailableException"
    assert json.loads(messages[1].payload) == {"message": "Overloaded"}
    with pytest.raises(ValueError, match="Bad response code, expected 200: .*serviceUnavailableException"):
        stream_events(response.content)


def test_scripted_event_stream_chunks_are_sent_verbatim(verifying: FakeAnthropic, http: httpx.Client) -> None:
    chunks = [
        bedrock_chunk({"type": "message_start", "message": {"id": "m"}}),
        bedrock_exception("throttlingException", "slow down"),
    ]
    verifying.enqueue(Reply(chunks=chunks, content_type=EVENT_STREAM))
    response = bedrock_post(http, f"/model/{MODEL}/invoke-with-response-stream")
    assert response.content == b"".join(chunks)
    [chunk, exception] = decode_messages(response.content)
    assert exception.headers[":exception-type"] == "throttlingException"
    assert json.loads(exception.payload) == {"message": "slow down"}
    assert bedrock_chunk('{"a":1}', padding=None) == encode_message(
        {":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"},
        b'{"bytes":"eyJhIjoxfQ=="}',
    )


def test_sse_items_split_anywhere_are_transcoded_per_completed_event() -> None:
    text = b'event: a\r\ndata: {"type":"a"}\r\n\r\n: comment\r\nevent: b\r\ndata: {"type":"b"}\r\n\r\n'
    for cut in range(len(text) + 1):
        items = sse_to_event_stream([text[:cut], text[cut:]])
        assert stream_events(b"".join(items)) == [{"type": "a"}, {"type": "b"}], cut
        assert len(decode_messages(b"".join(items))) == 2, cut  # no frame for a spurious blank line
    unfinished = sse_to_event_stream([b'event: a\ndata: {"type":"a"}\n\nevent: b\ndata: {'])
    assert stream_events(b"".join(unfinished)) == [{"type": "a"}]  # like SSE, an unterminated event is dropped


@pytest.mark.parametrize(
    ("status", "error_type", "message"),
    [
        (429, "ThrottlingException", "Too many requests, please wait before trying again."),
        (503, "ServiceUnavailableException", "Bedrock is unable to process your request."),
        (500, "InternalServerException", "The system encountered an unexpected error during processing."),
        (400, "ValidationException", "Malformed input request, please reformat your input and try again."),
    ],
)
def test_scripted_error_status_gets_a_bedrock_body(
    verifying: FakeAnthropic, http: httpx.Client, status: int, error_type: str, message: str
) -> None:
    verifying.enqueue(Reply(status=status), path=f"/model/{MODEL}/invoke")
    response = http.post(f"/model/{MODEL}/invoke", json=BEDROCK_BODY)  # scripted replies skip auth
    assert response.status_code == status
    assert response.json() == {"message": message}
    assert response.headers["x-amzn-ErrorType"].startswith(error_type + ":")


def test_scripted_timing_and_drops_on_bedrock_paths(verifying: FakeAnthropic, http: httpx.Client) -> None:
    verifying.enqueue(Reply(drop=True), path=f"/model/{MODEL}/invoke")
    with pytest.raises(httpx.RemoteProtocolError):
        bedrock_post(http, f"/model/{MODEL}/invoke")
    verifying.enqueue(Reply(delay=0.05, headers={"x-extra": "1"}), path=f"/model/{MODEL}/invoke-with-response-stream")
    late = bedrock_post(http, f"/model/{MODEL}/invoke-with-response-stream")
    assert late.headers["x-extra"] == "1"
    assert stream_events(late.content)[-1]["type"] == "message_stop"
    verifying.enqueue(Reply(drop_after=40), path=f"/model/{MODEL}/invoke-with-response-stream")
    request = sign(
        http.build_request("POST", f"/model/{MODEL}/invoke-with-response-stream", content=json.dumps(BEDROCK_BODY))
    )
    with http.stream(request.method, request.url, headers=request.headers, content=request.read()) as response:
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
    # a scripted reply without a body still goes through the signature check of the default answer
    verifying.enqueue(Reply(headers={"x-extra": "2"}), path=f"/model/{MODEL}/invoke")
    refused = http.post(f"/model/{MODEL}/invoke", json=BEDROCK_BODY)
    assert refused.status_code == 403
    assert refused.headers["x-extra"] == "2"


# ------------------------------------------------------------------------------------------------------ Vertex


def vertex(
    http: httpx.Client, path: str, body: Any = VERTEX_BODY, token: Optional[str] = "ya29.token"
) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token is not None else {}
    return http.post(path, json=body, headers=headers)


def test_vertex_raw_predict(server: FakeAnthropic, plain: httpx.Client) -> None:
    response = vertex(plain, f"{VERTEX_PREFIX}/claude-sonnet-4@20250514:rawPredict")
    assert response.status_code == 200, response.text
    assert response.json()["model"] == "claude-sonnet-4@20250514"
    assert response.json()["content"][0]["text"] == "Echo: hello there"
    assert response.headers["request-id"]
    recorded = server.last_request
    assert (recorded.platform, recorded.platform_model) == ("vertex", "claude-sonnet-4@20250514")
    assert recorded.headers["authorization"] == "Bearer ya29.token"


def test_vertex_global_style_v1_prefix(plain: httpx.Client) -> None:
    response = vertex(plain, "/v1/projects/p/locations/global/publishers/anthropic/models/claude-x:rawPredict")
    assert response.status_code == 200
    assert response.json()["model"] == "claude-x"


def test_vertex_stream_raw_predict_is_sse(server: FakeAnthropic, plain: httpx.Client) -> None:
    response = vertex(plain, f"{VERTEX_PREFIX}/claude-x:streamRawPredict", {**VERTEX_BODY, "stream": True})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "event: message_stop" in response.text
    assert server.last_request.json()["stream"] is True


def test_vertex_count_tokens(server: FakeAnthropic, plain: httpx.Client) -> None:
    path = f"{VERTEX_PREFIX}/count-tokens:rawPredict"
    response = vertex(plain, path, {**VERTEX_BODY, "model": "claude-x"})
    assert response.status_code == 200, response.text
    assert response.json()["input_tokens"] >= 1
    assert server.last_request.platform == "vertex"
    assert server.last_request.platform_model is None
    missing_model = vertex(plain, path)
    assert missing_model.status_code == 400
    assert missing_model.json()["error"]["message"] == "model: Field required"


@pytest.mark.parametrize(
    ("authorization", "message"),
    [(None, "Request is missing required authentication credential."), ("Basic abc", "Request had invalid")],
)
def test_vertex_auth_is_google_style(plain: httpx.Client, authorization: Optional[str], message: str) -> None:
    headers = {"authorization": authorization} if authorization else {}
    response = plain.post(f"{VERTEX_PREFIX}/claude-x:rawPredict", json=VERTEX_BODY, headers=headers)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == 401
    assert error["status"] == "UNAUTHENTICATED"
    assert error["message"].startswith(message)
    assert response.headers["www-authenticate"].startswith('Bearer realm="https://accounts.google.com/"')


def test_vertex_body_checks(plain: httpx.Client) -> None:
    body = {key: value for key, value in VERTEX_BODY.items() if key != "anthropic_version"}
    missing = vertex(plain, f"{VERTEX_PREFIX}/claude-x:rawPredict", body)
    assert missing.status_code == 400
    assert missing.json()["error"] == {"type": "invalid_request_error", "message": "anthropic_version: Field required"}
    with_model = vertex(plain, f"{VERTEX_PREFIX}/claude-x:rawPredict", {**VERTEX_BODY, "model": "claude-x"})
    assert with_model.status_code == 400
    assert with_model.json()["error"]["message"] == "model: Extra inputs are not permitted"


def test_vertex_scripted_error_keeps_the_api_shape(server: FakeAnthropic, plain: httpx.Client) -> None:
    server.enqueue(Reply(status=529))
    response = vertex(plain, f"{VERTEX_PREFIX}/claude-x:rawPredict")
    assert response.status_code == 529
    assert response.json()["error"]["type"] == "overloaded_error"


# ----------------------------------------------------------------------------------------------------- Foundry


@pytest.mark.parametrize("header", ["api-key", "x-api-key", "authorization"])
def test_foundry_paths_and_auth(server: FakeAnthropic, plain: httpx.Client, header: str) -> None:
    value = "Bearer token" if header == "authorization" else "key"
    response = plain.post("/anthropic/v1/messages", json=FIRST_PARTY_BODY, headers={header: value})
    assert response.status_code == 200, response.text
    assert response.json()["content"][0]["text"] == "Echo: hello there"
    assert server.last_request.platform == "foundry"
    assert server.last_request.path == "/anthropic/v1/messages"
    models = plain.get("/anthropic/v1/models?limit=1", headers={header: value})
    assert models.status_code == 200
    assert len(models.json()["data"]) == 1


def test_foundry_without_credentials(plain: httpx.Client) -> None:
    response = plain.post("/anthropic/v1/messages", json=FIRST_PARTY_BODY)
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "authentication_error"


def test_foundry_stream_is_sse(plain: httpx.Client) -> None:
    response = plain.post("/anthropic/v1/messages", json={**FIRST_PARTY_BODY, "stream": True}, headers={"api-key": "k"})
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "event: message_stop" in response.text


# --------------------------------------------------------------------------------------------------- the rest


def test_first_party_requests_have_no_platform(server: FakeAnthropic) -> None:
    with httpx.Client(base_url=server.url, headers={"x-api-key": "k"}) as http:
        http.post("/v1/messages", json=FIRST_PARTY_BODY)
        http.get(f"/model/{MODEL}/invoke")  # not a POST: an unknown first-party path
    first, unknown = server.requests
    assert (first.platform, first.platform_model) == (None, None)
    assert unknown.platform is None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs on Windows")
def test_cli_verifies_bedrock_credentials(tmp_path: Any) -> None:
    stream = tmp_path / "stream.sse"
    stream.write_bytes(sse_event("message_start", {"type": "message_start", "message": {"id": "m"}}))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "anthropic.testing",
            "--bedrock-credentials",
            ACCESS_KEY,
            SECRET_KEY,
            "--reply",
            f"/model/{MODEL}/invoke-with-response-stream",
            str(stream),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        with httpx.Client(base_url=url) as http:
            assert bedrock_post(http, f"/model/{MODEL}/invoke").status_code == 200
            assert bedrock_post(http, f"/model/{MODEL}/invoke", secret_key="wrong").status_code == 403
            streamed = bedrock_post(http, f"/model/{MODEL}/invoke-with-response-stream")
            assert stream_events(streamed.content) == [{"type": "message_start", "message": {"id": "m"}}]
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
        assert process.returncode == 0, stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_cli_rejects_a_wrong_number_of_bedrock_credentials() -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "anthropic.testing", "--bedrock-credentials", "AK"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2
    assert "--bedrock-credentials takes ACCESS_KEY SECRET_KEY [SESSION_TOKEN]" in bad.stderr
