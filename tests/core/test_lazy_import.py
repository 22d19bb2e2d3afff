"""`import anthropic` stays cheap: public names load on first use (PEP 562)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict

import pytest

import anthropic


def run(code: str) -> Dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_import_loads_no_heavy_modules() -> None:
    result = run(
        "import sys, json; before = set(sys.modules); import anthropic; "
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    loaded = set(result)
    for heavy in ("httpx", "pydantic", "pydantic_core", "anyio", "anthropic.types", "anthropic._client"):
        assert heavy not in loaded, heavy
    assert len(loaded) < 40, sorted(loaded)


def test_sync_client_does_not_load_asyncio_or_types() -> None:
    result = run(
        "import sys, json, anthropic; c = anthropic.Anthropic(api_key='k'); c.messages; c.models; "
        "print(json.dumps(sorted(sys.modules)))"
    )
    assert "asyncio" not in result  # (httpcore imports anyio itself, but not asyncio)
    assert "anthropic.types.message" not in result


REFERENCE_ALL = [
    "types", "__version__", "__title__", "NoneType", "Transport", "ProxiesTypes", "NotGiven", "NOT_GIVEN",
    "not_given", "Omit", "omit", "AnthropicError", "APIError", "APIStatusError", "APITimeoutError",
    "APIConnectionError", "APIResponseValidationError", "BadRequestError", "AuthenticationError",
    "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
    "InternalServerError", "Timeout", "RequestOptions", "Client", "AsyncClient", "Stream", "AsyncStream",
    "Anthropic", "AsyncAnthropic", "file_from_path", "BaseModel", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS", "DefaultHttpxClient", "DefaultAsyncHttpxClient", "DefaultAioHttpClient",
    "HUMAN_PROMPT", "AI_PROMPT", "beta_tool", "beta_async_tool", "transform_schema",
]  # fmt: skip
"""``anthropic.__all__`` of the reference release (0.74.1), in its order."""


def test_all_is_the_reference_list_and_every_name_resolves() -> None:
    assert anthropic.__all__ == REFERENCE_ALL
    lazy = anthropic._LAZY  # pyright: ignore[reportPrivateUsage]
    assert set(anthropic.__all__) - {"__version__", "__title__"} <= set(lazy)
    for name in [*anthropic.__all__, *lazy]:
        assert getattr(anthropic, name) is not None
    assert set(anthropic.__all__) <= set(dir(anthropic))
    assert anthropic.__version__ == "0.74.1" and anthropic.__title__ == "anthropic"


def test_exported_names_report_the_package_as_their_module() -> None:
    # As in the reference: reprs, pickles and tracebacks name `anthropic.X`. (httpx's own classes
    # exported here, `Timeout` and `Transport`, are left alone.)
    for name in anthropic.__all__:
        value = getattr(anthropic, name)
        if name in ("NoneType", "Timeout", "Transport", "ProxiesTypes", "DEFAULT_TIMEOUT", "DEFAULT_CONNECTION_LIMITS"):
            continue
        if isinstance(value, (str, int)) or name == "types":
            continue
        assert getattr(value, "__module__", None) == "anthropic", name
    assert repr(anthropic.omit).startswith("<anthropic.Omit object at ")
    assert repr(anthropic.NotFoundError) == "<class 'anthropic.NotFoundError'>"
    assert repr(anthropic.Anthropic) == "<class 'anthropic.Anthropic'>"


def test_exported_classes_pickle_by_their_public_name() -> None:
    import pickle

    for cls in (anthropic.NotFoundError, anthropic.Anthropic, anthropic.AsyncAnthropic, anthropic.Stream):
        assert pickle.loads(pickle.dumps(cls)) is cls
    assert isinstance(pickle.loads(pickle.dumps(anthropic.omit)), anthropic.Omit)


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError):
        anthropic.DoesNotExist  # type: ignore[attr-defined]  # noqa: B018


def test_modules_and_aliases() -> None:
    assert anthropic.Client is anthropic.Anthropic
    assert anthropic.AsyncClient is anthropic.AsyncAnthropic
    assert anthropic.types.Message.__name__ == "Message"
    assert anthropic.pagination.SyncPage.__name__ == "SyncPage"
    assert anthropic.resources.Messages.__name__ == "Messages"
    assert anthropic.NOT_GIVEN is not anthropic.not_given
    assert not anthropic.NOT_GIVEN and not anthropic.omit
    assert repr(anthropic.NOT_GIVEN) == "NOT_GIVEN"
    assert anthropic.NotFoundError.__module__ == "anthropic"
    assert repr(anthropic.NotFoundError) == "<class 'anthropic.NotFoundError'>"
    assert anthropic.Timeout.__module__.startswith("httpx")
    assert anthropic.HUMAN_PROMPT == "\n\nHuman:" and anthropic.AI_PROMPT == "\n\nAssistant:"


def test_platform_clients_load_no_cloud_sdk_until_one_is_used() -> None:
    result = run(
        "import sys, json, anthropic; "
        "import anthropic.lib.bedrock, anthropic.lib.vertex, anthropic.lib.foundry; "
        "classes = [anthropic.AnthropicBedrock, anthropic.AsyncAnthropicBedrock, anthropic.AnthropicVertex, "
        "anthropic.AsyncAnthropicVertex, anthropic.AnthropicFoundry, anthropic.AsyncAnthropicFoundry]; "
        "c = anthropic.AnthropicVertex(region='us-east5', project_id='p', access_token='t'); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    for heavy in ("boto3", "botocore", "google.auth", "google", "aiohttp", "asyncio"):
        assert heavy not in result, heavy
