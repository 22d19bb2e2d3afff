"""Per-client settings, fixed once at construction, read by the request builder.

``ClientConfig`` holds everything the pure pipeline needs to turn ``FinalRequestOptions`` into an
``httpx.Request``: base URL, credentials, defaults, and the ``Platform`` adapter that
decides the SDK headers, the credential check, URL/body rewrites and the error table.
"""

from __future__ import annotations

import platform as _platform
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Mapping, Optional, Tuple, Union

from .._exceptions import FIRST_PARTY_ERRORS, StatusTable
from .._types import NotGiven, Omit
from .._version import __version__

if TYPE_CHECKING:
    import httpx


__all__ = [
    "ClientConfig",
    "OtherArch",
    "OtherPlatform",
    "Platform",
    "get_architecture",
    "get_platform",
    "platform_headers",
]

HeaderMap = Dict[str, Tuple[str, Union[str, Omit]]]
"""Headers keyed by lower-cased name -> (name as written, value)."""


class OtherPlatform:
    """An operating system without a name of its own in the ``X-Stainless-OS`` header."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"Other:{self.name}"


class OtherArch:
    """A CPU architecture without a name of its own in the ``X-Stainless-Arch`` header."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"other:{self.name}"


def get_platform() -> Union[str, OtherPlatform]:
    """The ``X-Stainless-OS`` value: ``MacOS``, ``Linux``, ``Windows``, ``iOS``, ``Android``..."""
    # platform.platform() may run `uname -p` in a subprocess: it is only consulted for
    # systems none of these cheap checks recognise.
    try:
        system = _platform.system().lower()
        machine = _platform.machine().lower()
        if system in ("ios", "ipados") or (system == "darwin" and machine.startswith(("iphone", "ipad"))):
            return "iOS"
        if system == "darwin":
            return "MacOS"
        if system == "windows":
            return "Windows"
        import sys

        if system == "android" or hasattr(sys, "getandroidapilevel"):
            return "Android"
        if system == "linux":
            # The reference asks `distro` for a BSD id here, which a Linux system never has.
            return "Linux"
        text = _platform.platform().lower()
    except Exception:
        return "Unknown"
    return OtherPlatform(text) if text else "Unknown"


def get_architecture() -> Union[str, OtherArch]:
    """The ``X-Stainless-Arch`` value: ``x64``, ``arm64``, ``arm``, ``x32``..."""
    try:
        machine = _platform.machine().lower()
    except Exception:
        return "unknown"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine == "arm":
        return "arm"
    if machine == "x86_64":
        return "x64"
    import sys

    if sys.maxsize <= 2**32:
        return "x32"
    if not machine:
        return "unknown"
    return OtherArch(machine)


_platform_cache: Dict[str, Dict[str, str]] = {}


def platform_headers() -> Dict[str, str]:
    """The six ``X-Stainless-*`` headers describing this process (computed once)."""
    headers = _platform_cache.get("headers")
    if headers is None:
        headers = _platform_cache["headers"] = {
            "X-Stainless-Lang": "python",
            "X-Stainless-Package-Version": __version__,
            "X-Stainless-OS": str(get_platform()),
            "X-Stainless-Arch": str(get_architecture()),
            "X-Stainless-Runtime": _platform.python_implementation(),
            "X-Stainless-Runtime-Version": _platform.python_version(),
        }
    return headers


def async_library() -> str:
    try:
        import sniffio

        return f"async:{sniffio.current_async_library()}"
    except Exception:
        return "async:false"


AUTH_ERROR_MESSAGE = (
    '"Could not resolve authentication method. Expected either api_key or auth_token to be set. '
    'Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted"'
)


@dataclass(frozen=True)
class Platform:
    """What differs between the first-party API and the cloud platforms.

    The platform clients rewrite requests and sign them in the client hooks
    ``_prepare_options`` / ``_prepare_request``, as in the reference SDK.
    """

    name: str = "anthropic"
    status_errors: StatusTable = field(default_factory=lambda: FIRST_PARTY_ERRORS)
    sdk_headers: bool = True
    """Send ``anthropic-version`` and ``X-Stainless-Async`` (first-party and Foundry)."""
    check_auth: bool = True


FIRST_PARTY = Platform()


@dataclass
class ClientConfig:
    """Everything a request needs from its client."""

    client_name: str
    base_url: str
    api_key: Optional[str]
    auth_token: Optional[str]
    timeout: Union[float, httpx.Timeout, None]
    max_retries: int
    custom_headers: Mapping[str, Union[str, Omit]]
    custom_query: Mapping[str, object]
    is_async: bool
    strict: bool = False
    platform: Platform = FIRST_PARTY
    extra_auth_headers: Mapping[str, str] = field(default_factory=lambda: {})
    basic_auth: Optional[str] = None
    """``Authorization: Basic ...`` from credentials in the base URL (sent instead of the URL's userinfo)."""
    _base_headers: Optional[HeaderMap] = field(default=None, repr=False)

    def auth_headers(self) -> Dict[str, str]:
        headers: Dict[str, str] = {}
        if self.platform.check_auth or self.platform.sdk_headers:
            if self.api_key is not None:
                headers["X-Api-Key"] = self.api_key
            if self.auth_token is not None:
                headers["Authorization"] = f"Bearer {self.auth_token}"
        headers.update(self.extra_auth_headers)
        return headers

    def user_agent(self) -> str:
        return f"{self.client_name}/Python {__version__}"

    def default_headers(
        self,
        *,
        user_agent: Optional[str] = None,
        platform: Optional[Mapping[str, str]] = None,
        auth: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, Union[str, Omit]]:
        """The merged client-level headers, in the order the SDK sends them (the pieces
        default to this config's own)."""
        headers: Dict[str, Union[str, Omit]] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent() if user_agent is None else user_agent,
            **(platform_headers() if platform is None else platform),
            **(self.auth_headers() if auth is None else auth),
            **self.custom_headers,
        }
        if self.platform.sdk_headers:
            headers["X-Stainless-Async"] = async_library() if self.is_async else "false"
            headers["anthropic-version"] = "2023-06-01"
        headers.update(self.custom_headers)
        return headers

    def base_headers(self) -> HeaderMap:
        """Client headers merged case-insensitively (custom headers win).

        Cached on the first request; for the async client that happens inside the event
        loop, so ``X-Stainless-Async`` names the running library.
        """
        cached = self._base_headers
        if cached is None:
            from .request import check_header

            cached = {}
            for name, value in self.default_headers().items():
                check_header(name, value)
                cached[name.lower()] = (name, value)
            self._base_headers = cached
        return cached


def is_not_given(value: object) -> bool:
    return isinstance(value, NotGiven)
