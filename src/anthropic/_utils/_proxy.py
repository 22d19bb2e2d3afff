"""``LazyProxy``: an object that stands for another one, built on each access (reference helper).

Compatibility layer: the SDK itself does not use it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Generic, Iterable, TypeVar, cast

__all__ = ["LazyProxy"]

T = TypeVar("T")


class LazyProxy(Generic[T], ABC):
    """Forwards attribute access, ``repr``, ``str``, ``dir`` and ``__class__`` to ``__load__()``.

    Subclasses implement ``__load__``; it is called on every forwarded access. When the
    loaded object is itself a ``LazyProxy``, every attribute access returns that proxy
    (so ``proxy.a.b.c`` stays a proxy) and ``repr``/``str`` give its class name.
    """

    @abstractmethod
    def __load__(self) -> T: ...

    def __get_proxied__(self) -> T:
        return self.__load__()

    def __as_proxied__(self) -> T:
        """This proxy, typed as the object it stands for."""
        return cast(T, self)

    def __getattr__(self, attr: str) -> object:
        target: Any = self.__get_proxied__()
        if isinstance(target, LazyProxy):
            return cast(object, target)
        return getattr(target, attr)

    def __repr__(self) -> str:
        target: Any = self.__get_proxied__()
        if isinstance(target, LazyProxy):
            return str(target.__class__.__name__)
        return repr(target)

    def __str__(self) -> str:
        target: Any = self.__get_proxied__()
        if isinstance(target, LazyProxy):
            return str(target.__class__.__name__)
        return str(target)

    def __dir__(self) -> Iterable[str]:
        target: Any = self.__get_proxied__()
        if isinstance(target, LazyProxy):
            return []
        return cast(Iterable[str], target.__dir__())

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # pyright: ignore[reportIncompatibleMethodOverride]
        try:
            target = self.__get_proxied__()
        except Exception:
            return type(self)
        if issubclass(type(target), LazyProxy):
            return type(target)
        return target.__class__
