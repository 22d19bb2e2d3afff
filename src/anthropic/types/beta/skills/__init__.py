"""Types of the beta skill versions API (`client.beta.skills.versions`).

Names are imported on first access (PEP 562), so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_create_response import VersionCreateResponse as VersionCreateResponse
    from .version_delete_response import VersionDeleteResponse as VersionDeleteResponse
    from .version_list_params import VersionListParams as VersionListParams
    from .version_list_response import VersionListResponse as VersionListResponse
    from .version_retrieve_response import VersionRetrieveResponse as VersionRetrieveResponse

_LAZY: dict[str, str] = {
    "VersionCreateParams": ".version_create_params",
    "VersionCreateResponse": ".version_create_response",
    "VersionDeleteResponse": ".version_delete_response",
    "VersionListParams": ".version_list_params",
    "VersionListResponse": ".version_list_response",
    "VersionRetrieveResponse": ".version_retrieve_response",
}

__all__ = [
    "VersionCreateParams",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListParams",
    "VersionListResponse",
    "VersionRetrieveResponse",
]


if not TYPE_CHECKING:  # type checkers see the imports above; no catch-all __getattr__ hides typos
    from importlib import import_module

    def __getattr__(name: str) -> object:
        try:
            module_name = _LAZY[name]
        except KeyError:
            if name.startswith("__"):
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
            # A submodule or subpackage (``types.beta``, ``types.message``) is an attribute too.
            try:
                return import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as e:
                if e.name != f"{__name__}.{name}":
                    raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
