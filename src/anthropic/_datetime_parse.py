"""``date`` / ``datetime`` values of API responses, read the way the 0.74.1 SDK reads them.

Accepted inputs:

* a ``datetime`` / ``date`` object: returned as it is (``parse_date`` of a datetime is its date);
* a number (``int``, ``float``, ``bool``) or a string / bytes that ``float()`` accepts: a unix
  timestamp in UTC. A magnitude above 2e10 is read as milliseconds (divided by 1000 until it is
  not, so microseconds and nanoseconds work too); beyond +-3e20 the result saturates to
  ``datetime.max`` / ``datetime.min`` (naive, like the reference);
* ``parse_datetime``: ``YYYY-MM-DD`` + ``T`` or a space + ``HH:MM[:SS[.fraction]]`` + an optional
  ``Z`` / ``+HH`` / ``+HHMM`` / ``+HH:MM`` offset. Only the first six fraction digits count
  (at most twelve are allowed). ``Z`` and zero offsets give ``datetime.timezone.utc``, other
  offsets a fixed ``datetime.timezone``, no offset a naive datetime. A date alone is refused;
* ``parse_date``: ``YYYY-M-D``.

Malformed input raises ``ValueError`` and an unsupported type raises ``TypeError``; callers
that parse responses keep the raw value in both cases.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Optional, Union

__all__ = ["parse_date", "parse_datetime"]

_EPOCH = datetime(1970, 1, 1)
_UTC = timezone.utc
_MILLISECONDS_ABOVE = 2e10  # 2e10 s is in the year 2603, 2e10 ms in August 1970
_SATURATE_ABOVE = 3e20  # past datetime.max even when read as nanoseconds

_YMD = r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
_DATE = re.compile(_YMD + "$")
_DATETIME = re.compile(
    _YMD
    + r"[T ](?P<h>\d{1,2}):(?P<mi>\d{1,2})"
    + r"(?::(?P<s>\d{1,2})(?:\.(?P<frac>\d{1,6})\d{0,6})?)?"
    + r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?$"
)

# The form the API sends, which ``datetime.fromisoformat`` (Python 3.11+) reads to the same value
# about ten times faster; anything else, or anything it refuses, takes the general route.
_CANONICAL = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
_FROMISOFORMAT = sys.version_info >= (3, 11)

_Input = Union[str, bytes, int, float]


def _as_number(value: object, kind: str) -> Optional[float]:
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value)  # type: ignore[arg-type]  # str, bytes or anything with __float__
    except ValueError:
        return None
    except TypeError:
        raise TypeError(f"invalid type; expected {kind}, string, bytes, int or float") from None


def _from_timestamp(seconds: float) -> datetime:
    if seconds > _SATURATE_ABOVE:
        return datetime.max
    if seconds < -_SATURATE_ABOVE:
        return datetime.min
    while abs(seconds) > _MILLISECONDS_ABOVE:
        seconds /= 1000
    return (_EPOCH + timedelta(seconds=seconds)).replace(tzinfo=timezone.utc)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode()
    if isinstance(value, str):
        return value
    raise TypeError(f"expected string or bytes-like object, got {type(value).__name__!r}")


def _offset(text: Optional[str]) -> Optional[timezone]:
    if text is None:
        return None
    minutes = int(text[1:3]) * 60 + (int(text[-2:]) if len(text) > 3 else 0)
    return timezone(timedelta(minutes=-minutes if text[0] == "-" else minutes))


def parse_datetime(value: Union[datetime, _Input]) -> datetime:
    """A ``datetime`` from a datetime, a unix timestamp or an ISO-8601 string (module docstring)."""
    if isinstance(value, datetime):
        return value
    match = None
    if isinstance(value, str):
        if _FROMISOFORMAT and _CANONICAL.match(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        # A string that matches cannot be a number, nor the reverse: the order is only for speed.
        match = _DATETIME.match(value)
    if match is None:
        number = _as_number(value, "datetime")
        if number is not None:
            return _from_timestamp(number)
        match = _DATETIME.match(_text(value))
        if match is None:
            raise ValueError("invalid datetime format")
    y, mo, d, h, mi, s, frac, tz = match.groups()
    return datetime(
        int(y),
        int(mo),
        int(d),
        int(h),
        int(mi),
        int(s) if s else 0,
        int(frac.ljust(6, "0")) if frac else 0,
        tzinfo=_UTC if tz == "Z" else _offset(tz),
    )


def parse_date(value: Union[date, _Input]) -> date:
    """A ``date`` from a date, a unix timestamp or a ``YYYY-M-D`` string (module docstring)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    number = _as_number(value, "date")
    if number is not None:
        return _from_timestamp(number).date()
    match = _DATE.match(_text(value))
    if match is None:
        raise ValueError("invalid date format")
    try:
        return date(int(match["y"]), int(match["mo"]), int(match["d"]))
    except ValueError:
        raise ValueError("invalid date format") from None
