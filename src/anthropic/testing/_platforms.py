"""The cloud front doors of the fake server: Amazon Bedrock, Google Vertex AI and Microsoft Foundry.

Each platform request is recognised by its path (`match_target`), authenticated the platform's way, translated to
the first-party request it stands for (same handlers, same deterministic answers) and answered in the platform's
wire format:

* **Bedrock** (`POST /model/{model}/invoke`, `POST /model/{model}/invoke-with-response-stream`; the model id is
  percent-decoded, so ARNs arrive as `...%2F...`). The body must carry `anthropic_version: "bedrock-2023-05-31"`,
  may carry `anthropic_beta` (a list of strings, passed on as the `anthropic-beta` header), and must not carry
  `model` or `stream` (400, as Bedrock rejects extraneous keys). A body with `prompt` is a text completion
  (`/v1/complete`), any other a message. Streams are AWS event streams (`application/vnd.amazon.eventstream`): one
  `chunk` message per Anthropic stream event (`{"bytes": <base64 of the event JSON>, "p": <padding>}`); `ping`
  events are not sent, `message_stop` carries `amazon-bedrock-invocationMetrics`, and an SSE `error` event becomes
  an `exception` message. Auth: an `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
  Signature=...` header (403 `Missing Authentication Token` without one); with `bedrock_credentials` the signature
  is recomputed by botocore's own `SigV4Auth` over the received method, URL, signed headers and body, with the
  request's `X-Amz-Date`. Errors are `{"message": ...}` with an `x-amzn-ErrorType` header; the request id header is
  `x-amzn-RequestId`.
* **Vertex** (`POST [/v1]/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
  or `:streamRawPredict`, and `.../models/count-tokens:rawPredict` with the model in the body). The body must carry
  `anthropic_version: "vertex-2023-10-16"`; `stream` stays in the body (SSE as first-party); `model` must not be in
  a rawPredict body. Auth: `Authorization: Bearer <token>` (401 with a Google error body otherwise). Other errors
  are the API's.
* **Foundry** (`/anthropic/...`): the first-party API under that prefix; auth by `api-key`, `x-api-key` or
  `Authorization`.

`require_auth=False` turns every auth check off. Scripted `Reply`s on platform paths work as usual; a body-less
error status gets the platform's error body, and an `sse` reply (or `text/event-stream` chunks) on a Bedrock
stream path is sent as an event stream (`chunks` of another content type are sent verbatim).
"""

from __future__ import annotations

import base64
import hmac
import importlib
import json
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import unquote

from .._core.eventstream import encode_message
from ._errors import ApiError, default_error, error_body, reason_phrase
from ._jsonutil import as_list, as_object
from ._recorded import RecordedRequest
from ._reply import Reply, dumps

__all__ = [
    "BEDROCK_VERSION",
    "EVENT_STREAM_CONTENT_TYPE",
    "VERTEX_VERSION",
    "BedrockCredentials",
    "Platforms",
    "Target",
    "bedrock_chunk",
    "bedrock_exception",
    "match_target",
    "sse_to_event_stream",
]

BEDROCK_VERSION = "bedrock-2023-05-31"
VERTEX_VERSION = "vertex-2023-10-16"
EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream"

BedrockCredentials = Tuple[str, str, Optional[str]]
"""`(access_key, secret_key, session_token or None)`."""

_BEDROCK_PATH = re.compile(r"/model/(?P<model>[^/]+)/(?P<action>invoke|invoke-with-response-stream)")
_VERTEX_PATH = re.compile(
    r"(?:/v1)?/projects/(?P<project>[^/]+)/locations/(?P<region>[^/]+)/publishers/anthropic/models/"
    r"(?P<model>[^/]+?):(?P<action>rawPredict|streamRawPredict)"
)
_FOUNDRY_PREFIX = "/anthropic/"


@dataclass(frozen=True)
class Target:
    """A request addressed to a platform: which one, what for, and the model of its path (percent-decoded)."""

    platform: str  # "bedrock" | "vertex" | "foundry"
    action: str  # bedrock: "invoke" / "invoke-with-response-stream"; vertex: "rawPredict" / "streamRawPredict" /
    # "count-tokens"; foundry: "api"
    model: Optional[str] = None
    project: Optional[str] = None
    region: Optional[str] = None

    @property
    def event_stream(self) -> bool:
        return self.platform == "bedrock" and self.action == "invoke-with-response-stream"

    @property
    def request_id_header(self) -> str:
        return "x-amzn-RequestId" if self.platform == "bedrock" else "request-id"


def match_target(request: RecordedRequest) -> Optional[Target]:
    """The platform `request` is addressed to, from its path; None for a first-party request."""
    path = request.path
    if path.startswith("/model/"):
        match = _BEDROCK_PATH.fullmatch(path)
        if match is not None and request.method == "POST":
            return Target("bedrock", match["action"], model=unquote(match["model"]))
        return None
    if path.startswith(_FOUNDRY_PREFIX):
        return Target("foundry", "api")
    if path.startswith(("/projects/", "/v1/projects/")):
        match = _VERTEX_PATH.fullmatch(path)
        if match is None or request.method != "POST":
            return None
        model = unquote(match["model"])
        action = "count-tokens" if model == "count-tokens" and match["action"] == "rawPredict" else match["action"]
        return Target(
            "vertex",
            action,
            model=None if action == "count-tokens" else model,
            project=unquote(match["project"]),
            region=unquote(match["region"]),
        )
    return None


# ---------------------------------------------------------------------------------------------------- errors

_AWS_ERROR_SUFFIX = ":http://internal.amazon.com/coral/com.amazon.bedrock/"

# status -> (Bedrock exception name, default message)
_BEDROCK_ERRORS: Dict[int, Tuple[str, str]] = {
    400: ("ValidationException", "Malformed input request, please reformat your input and try again."),
    403: ("AccessDeniedException", "You don't have access to the model with the specified model ID."),
    404: ("ResourceNotFoundException", "Could not resolve the foundation model from the provided model identifier."),
    408: ("ModelTimeoutException", "Model has timed out in processing the request. Try your request again."),
    424: ("ModelErrorException", "The model returned an error."),
    429: ("ThrottlingException", "Too many requests, please wait before trying again."),
    500: ("InternalServerException", "The system encountered an unexpected error during processing."),
    503: ("ServiceUnavailableException", "Bedrock is unable to process your request."),
    529: ("ServiceUnavailableException", "Bedrock is unable to process your request."),
}

# Anthropic error type of an SSE `error` event -> Bedrock stream exception type
_BEDROCK_STREAM_EXCEPTIONS = {
    "invalid_request_error": "validationException",
    "rate_limit_error": "throttlingException",
    "overloaded_error": "serviceUnavailableException",
    "api_error": "internalServerException",
    "timeout_error": "modelTimeoutException",
}

_GOOGLE_STATUSES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

_GOOGLE_MISSING_CREDENTIALS = (
    "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other"
    " valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)
_GOOGLE_INVALID_CREDENTIALS = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid"
    " authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)


def bedrock_error(status: int, message: Optional[str] = None, error_type: Optional[str] = None) -> Reply:
    """A Bedrock error response: `{"message": ...}` and `x-amzn-ErrorType: <exception name>:<namespace>`."""
    default_type, default_message = _BEDROCK_ERRORS.get(
        status,
        ("InternalServerException", "Internal server error")
        if status >= 500
        else ("ValidationException", reason_phrase(status) or f"HTTP {status}"),
    )
    name = error_type or default_type
    return Reply(
        status=status,
        json={"message": message if message is not None else default_message},
        headers={"x-amzn-ErrorType": name + _AWS_ERROR_SUFFIX},
    )


def google_error(status: int, message: str, headers: Optional[Mapping[str, str]] = None) -> Reply:
    """A Google API error response: `{"error": {"code", "message", "status"}}`."""
    body = {"error": {"code": status, "message": message, "status": _GOOGLE_STATUSES.get(status, "UNKNOWN")}}
    return Reply(status=status, json=body, headers=headers)


# ------------------------------------------------------------------------------------------------- Bedrock wire


def bedrock_chunk(event: object, *, padding: Optional[str] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ") -> bytes:
    """One Bedrock stream `chunk` message carrying `event` (a dict, sent as compact JSON, or JSON text/bytes)."""
    if isinstance(event, bytes):
        data = event
    elif isinstance(event, str):
        data = event.encode("utf-8")
    else:
        data = dumps(event)
    payload: Dict[str, str] = {"bytes": base64.b64encode(data).decode("ascii")}
    if padding:
        payload["p"] = padding
    headers = {":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"}
    return encode_message(headers, dumps(payload))


def bedrock_exception(exception_type: str, message: str, **fields: object) -> bytes:
    """One Bedrock stream `exception` message, e.g. `bedrock_exception("throttlingException", "Too many requests")`."""
    headers = {":exception-type": exception_type, ":content-type": "application/json", ":message-type": "exception"}
    return encode_message(headers, dumps({"message": message, **fields}))


def _sse_blocks(text: bytes) -> Tuple[List[bytes], bytes]:
    """Complete SSE event blocks of `text` (line ends normalised) and the unfinished rest."""
    held = b""
    if text.endswith(b"\r"):  # maybe the first half of a CRLF: decide with the next item
        text, held = text[:-1], b"\r"
    text = text.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    *blocks, rest = text.split(b"\n\n")
    return blocks, rest + held


def _sse_fields(block: bytes) -> Tuple[Optional[str], Optional[str]]:
    event: Optional[str] = None
    data: List[str] = []
    for raw_line in block.split(b"\n"):
        line = raw_line.decode("utf-8")
        if not line or line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            event = value or None
        elif name == "data":
            data.append(value)
    return event, "\n".join(data) if data else None


def _bedrock_frame(event: Optional[str], data: str, metrics: Dict[str, int]) -> Optional[bytes]:
    if event == "ping":
        return None
    if event == "error":
        error = as_object(_loads(data)) or {}
        detail = as_object(error.get("error")) or {}
        kind = _BEDROCK_STREAM_EXCEPTIONS.get(str(detail.get("type")), "modelStreamErrorException")
        return bedrock_exception(kind, str(detail.get("message", data)))
    parsed = as_object(_loads(data))
    if parsed is not None:
        usage = as_object(parsed.get("usage")) or as_object((as_object(parsed.get("message")) or {}).get("usage"))
        if usage is not None:
            for key, name in (("input_tokens", "inputTokenCount"), ("output_tokens", "outputTokenCount")):
                value = usage.get(key)
                if isinstance(value, int):
                    metrics[name] = value
        if parsed.get("type") == "message_stop":
            parsed = {
                **parsed,
                "amazon-bedrock-invocationMetrics": {
                    "inputTokenCount": metrics.get("inputTokenCount", 0),
                    "outputTokenCount": metrics.get("outputTokenCount", 0),
                    "invocationLatency": 1,
                    "firstByteLatency": 1,
                },
            }
            return bedrock_chunk(parsed)
    return bedrock_chunk(data)


def _loads(data: str) -> object:
    try:
        return json.loads(data)
    except ValueError:
        return None


def sse_to_event_stream(items: Sequence[bytes]) -> List[bytes]:
    """Rendered SSE items to Bedrock event-stream items: the events completed by each item become one item."""
    out: List[bytes] = []
    pending = b""
    metrics: Dict[str, int] = {}
    for item in items:
        blocks, pending = _sse_blocks(pending + item)
        frames: List[bytes] = []
        for block in blocks:
            event, data = _sse_fields(block)
            frame = None if data is None else _bedrock_frame(event, data, metrics)  # no data: nothing dispatched
            if frame is not None:
                frames.append(frame)
        if frames:
            out.append(b"".join(frames))
    return out


_TRANSCODED: Dict[int, Tuple[Sequence[bytes], List[bytes]]] = {}
"""Event streams of large cached SSE item lists (the `x-fake-text-deltas` benchmark streams), by list identity."""


def transcode_cached(items: Sequence[bytes]) -> List[bytes]:
    """`sse_to_event_stream(items)`, remembered for long item lists (kept alive with their result)."""
    if len(items) < 256:
        return sse_to_event_stream(items)
    found = _TRANSCODED.get(id(items))
    if found is not None and found[0] is items:
        return found[1]
    result = sse_to_event_stream(items)
    if len(_TRANSCODED) >= 8:
        _TRANSCODED.clear()
    _TRANSCODED[id(items)] = (items, result)
    return result


# ------------------------------------------------------------------------------------------------------- SigV4


class _AuthFailure(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _forbidden(error_type: str, message: str) -> _AuthFailure:
    return _AuthFailure(bedrock_error(403, message, error_type))


_INVALID_TOKEN = "The security token included in the request is invalid."
_SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access"
    " Key and signing method. Consult the service documentation for details."
)


@dataclass(frozen=True)
class _SigV4Header:
    access_key: str
    date: str
    region: str
    service: str
    signed_headers: List[str]
    signature: str


def _parse_sigv4(authorization: Optional[str]) -> _SigV4Header:
    if authorization is None:
        raise _forbidden("MissingAuthenticationTokenException", "Missing Authentication Token")
    algorithm, _, rest = authorization.partition(" ")
    parts: Dict[str, str] = {}
    for piece in rest.split(","):
        name, sep, value = piece.strip().partition("=")
        if sep:
            parts[name] = value
    missing = [name for name in ("Credential", "Signature", "SignedHeaders") if name not in parts]
    if algorithm != "AWS4-HMAC-SHA256" or missing:
        names = missing or ["Credential", "Signature", "SignedHeaders"]
        detail = " ".join(f"Authorization header requires '{name}' parameter." for name in names)
        raise _forbidden("IncompleteSignatureException", f"{detail} Authorization={authorization}")
    scope = parts["Credential"].split("/")
    if len(scope) != 5 or scope[4] != "aws4_request":
        raise _forbidden(
            "IncompleteSignatureException",
            f"Credential should be scoped to a valid region. Credential={parts['Credential']}",
        )
    if scope[3] != "bedrock":
        raise _forbidden("InvalidSignatureException", "Credential should be scoped to correct service: 'bedrock'. ")
    return _SigV4Header(
        access_key=scope[0],
        date=scope[1],
        region=scope[2],
        service=scope[3],
        signed_headers=parts["SignedHeaders"].split(";"),
        signature=parts["Signature"],
    )


def _check_sigv4(request: RecordedRequest, credentials: Optional[BedrockCredentials]) -> None:
    """Raise `_AuthFailure` with Bedrock's 403 unless `request` carries a (valid, with `credentials`) SigV4 signature."""
    header = _parse_sigv4(request.headers.get("authorization"))
    amz_date = request.headers.get("x-amz-date")
    if amz_date is None:
        raise _forbidden(
            "IncompleteSignatureException",
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
        )
    if amz_date[:8] != header.date:
        raise _forbidden(
            "InvalidSignatureException",
            f"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
            f" '{header.date}' != '{amz_date[:8]}', from '{amz_date}'.",
        )
    if credentials is None:
        return
    access_key, _, session_token = credentials
    if header.access_key != access_key or request.headers.get("x-amz-security-token") != session_token:
        raise _forbidden("UnrecognizedClientException", _INVALID_TOKEN)
    canonical, string_to_sign, signature, signed = _botocore_signature(request, header, amz_date, credentials)
    if not hmac.compare_digest(signature, header.signature) or signed != ";".join(header.signed_headers):
        raise _forbidden(
            "InvalidSignatureException",
            f"{_SIGNATURE_MISMATCH}\n\nThe Canonical String for this request should have been\n'{canonical}'\n\n"
            f"The String-to-Sign should have been\n'{string_to_sign}'\n",
        )


def _botocore_signature(
    request: RecordedRequest, header: _SigV4Header, amz_date: str, credentials: BedrockCredentials
) -> Tuple[str, str, str, str]:
    """(canonical request, string to sign, signature, signed header list) as botocore's `SigV4Auth` computes them
    for the received request with the client's date, region and service."""
    # botocore has no type information: go through Any
    auth: Any = importlib.import_module("botocore.auth")
    awsrequest: Any = importlib.import_module("botocore.awsrequest")
    botocore_credentials: Any = importlib.import_module("botocore.credentials")

    host = request.headers.get("host", "localhost")
    aws_request = awsrequest.AWSRequest(
        method=request.method, url=f"http://{host}{request.raw_path}", data=request.body
    )
    for name in header.signed_headers:
        for value in request.headers.get_list(name):
            aws_request.headers[name] = value  # appends: repeated headers are signed comma-joined, as sent
    aws_request.context["timestamp"] = amz_date
    signer = auth.SigV4Auth(botocore_credentials.Credentials(*credentials), header.service, header.region)
    canonical: str = signer.canonical_request(aws_request)
    string_to_sign: str = signer.string_to_sign(aws_request, canonical)
    signature: str = signer.signature(string_to_sign, aws_request)
    signed: str = signer.signed_headers(signer.headers_to_sign(aws_request))
    return canonical, string_to_sign, signature, signed


def require_botocore() -> None:
    """Fail early, with the fix, when SigV4 verification is asked for without botocore installed."""
    try:
        importlib.import_module("botocore.auth")
    except ImportError as exc:
        raise RuntimeError(
            "FakeAnthropic(bedrock_credentials=...) verifies SigV4 signatures with botocore;"
            " install it with `pip install anthropic[bedrock]`"
        ) from exc


# --------------------------------------------------------------------------------------------------- platforms


class Platforms:
    """Authentication, translation and error shapes of the platform front doors (see the module docstring)."""

    def __init__(self, *, require_auth: bool = True, bedrock_credentials: Optional[BedrockCredentials] = None) -> None:
        self.require_auth = require_auth
        self.bedrock_credentials = bedrock_credentials

    # ------------------------------------------------------------------------------------------------ auth

    def authenticate(self, target: Target, request: RecordedRequest) -> Optional[Reply]:
        """None if the request may proceed, else the platform's error reply."""
        if not self.require_auth:
            return None
        headers = request.headers
        if target.platform == "bedrock":
            try:
                _check_sigv4(request, self.bedrock_credentials)
            except _AuthFailure as failure:
                return failure.reply
            return None
        if target.platform == "vertex":
            authorization = headers.get("authorization")
            if authorization is None:
                return google_error(
                    401,
                    _GOOGLE_MISSING_CREDENTIALS,
                    {"www-authenticate": 'Bearer realm="https://accounts.google.com/"'},
                )
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return google_error(
                    401,
                    _GOOGLE_INVALID_CREDENTIALS,
                    {"www-authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'},
                )
            return None
        if not (headers.get("api-key") or headers.get("x-api-key") or headers.get("authorization")):
            raise ApiError(401, "Missing credentials: send an `api-key`, `x-api-key` or `Authorization` header")
        return None

    # ------------------------------------------------------------------------------------------- translation

    def translate(self, target: Target, request: RecordedRequest) -> RecordedRequest:
        """The first-party request `request` stands for (raises `ApiError` for a body the platform refuses)."""
        if target.platform == "foundry":
            return _derived(request, request.raw_path[len(_FOUNDRY_PREFIX) - 1 :], request.body)
        body = _platform_body(request)
        if target.platform == "bedrock":
            return self._bedrock(target, request, body)
        return self._vertex(target, request, body)

    def _bedrock(self, target: Target, request: RecordedRequest, body: Dict[str, Any]) -> RecordedRequest:
        for key in ("model", "stream"):
            if key in body:
                raise ApiError.invalid(
                    f"Malformed input request: #: extraneous key [{key}] is not permitted, please reformat your"
                    " input and try again."
                )
        version = body.pop("anthropic_version", None)
        if version is None:
            raise ApiError.invalid(
                "Malformed input request: #: required key [anthropic_version] not found, please reformat your input"
                " and try again."
            )
        if version != BEDROCK_VERSION:
            raise ApiError.invalid(
                f"Malformed input request: #/anthropic_version: {json.dumps(version)} is not a valid enum value"
                f" (expected {json.dumps(BEDROCK_VERSION)}), please reformat your input and try again."
            )
        extra_headers: List[Tuple[str, str]] = []
        if "anthropic_beta" in body:
            betas = as_list(body.pop("anthropic_beta"))
            if betas is None or not all(isinstance(beta, str) for beta in betas):
                raise ApiError.invalid(
                    "Malformed input request: #/anthropic_beta: expected type: JSONArray of strings, please reformat"
                    " your input and try again."
                )
            if betas and "anthropic-beta" not in request.headers:
                extra_headers.append(("anthropic-beta", ",".join(betas)))
        inner: Dict[str, Any] = {"model": target.model, **body}
        if target.event_stream:
            inner["stream"] = True
        path = "/v1/complete" if "prompt" in body else "/v1/messages"
        return _derived(request, path, dumps(inner), extra_headers)

    def _vertex(self, target: Target, request: RecordedRequest, body: Dict[str, Any]) -> RecordedRequest:
        version = body.pop("anthropic_version", None)
        if version is None:
            raise ApiError.invalid("anthropic_version: Field required")
        if version != VERTEX_VERSION:
            raise ApiError.invalid(f"anthropic_version: Input should be '{VERTEX_VERSION}'")
        if target.action == "count-tokens":
            return _derived(request, "/v1/messages/count_tokens", dumps(body))
        if "model" in body:
            raise ApiError.invalid("model: Extra inputs are not permitted")
        return _derived(request, "/v1/messages", dumps({"model": target.model, **body}))

    # ------------------------------------------------------------------------------------------------ replies

    def error_reply(
        self,
        target: Target,
        status: int,
        error_type: str,
        message: str,
        request_id: str,
        headers: Optional[Mapping[str, str]] = None,
    ) -> Reply:
        """The platform's error response for an API error (`error_type` is the API's, e.g. `rate_limit_error`)."""
        if target.platform == "bedrock":
            reply = bedrock_error(status, message)
        else:
            reply = Reply(status=status, json=error_body(error_type, message, request_id))
        if headers:
            reply = Reply(status=reply.status, json=reply.json, headers={**reply.headers, **headers})
        return reply

    def default_error(self, target: Target, status: int, request_id: str) -> Reply:
        """The error body of a scripted body-less `Reply(status=...)` on a platform path."""
        if target.platform == "bedrock":
            return bedrock_error(status)
        error_type, message = default_error(status)
        return Reply(status=status, json=error_body(error_type, message, request_id))

    def finish(self, target: Target, reply: Reply) -> Reply:
        """Platform headers on a successful default answer (Bedrock's token counts on `invoke`)."""
        if target.platform != "bedrock" or target.event_stream or reply.status != 200:
            return reply
        usage = as_object((as_object(reply.json) or {}).get("usage"))
        if usage is None:
            return reply
        headers = {
            **reply.headers,
            "x-amzn-bedrock-input-token-count": str(usage.get("input_tokens", 0)),
            "x-amzn-bedrock-output-token-count": str(usage.get("output_tokens", 0)),
            "x-amzn-bedrock-invocation-latency": "1",
        }
        return Reply(status=reply.status, json=reply.json, headers=headers)


def _platform_body(request: RecordedRequest) -> Dict[str, Any]:
    try:
        decoded = json.loads(request.body) if request.body.strip() else None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError.invalid(f"Invalid JSON in request body: {exc}")
    body = as_object(decoded)
    if body is None:
        raise ApiError.invalid("Request body must be a JSON object")
    return dict(body)


def _derived(
    request: RecordedRequest, raw_path: str, body: bytes, extra_headers: Sequence[Tuple[str, str]] = ()
) -> RecordedRequest:
    lines = [(name, value) for name, value in request.header_lines if name.lower() != "content-length"]
    lines.extend(extra_headers)
    lines.append(("content-length", str(len(body))))
    return RecordedRequest(
        method=request.method,
        raw_path=raw_path,
        header_lines=lines,
        body=body,
        http_version=request.http_version,
    )
