"""``parse_datetime`` / ``parse_date``: the reading rules of the 0.74.1 SDK (values probed from it)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Type

import pytest

from anthropic._datetime_parse import parse_date, parse_datetime

UTC = timezone.utc


def offset(hours: int, minutes: int = 0) -> timezone:
    sign = -1 if hours < 0 else 1
    return timezone(timedelta(hours=hours, minutes=sign * minutes))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-20T18:37:24.100435Z", datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=UTC)),
        ("2024-08-20 18:37:24Z", datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        ("2024-08-20T18:37Z", datetime(2024, 8, 20, 18, 37, tzinfo=UTC)),
        ("2024-08-20T18:37:24", datetime(2024, 8, 20, 18, 37, 24)),  # naive
        ("2024-08-20T18:37:24+05:30", datetime(2024, 8, 20, 18, 37, 24, tzinfo=offset(5, 30))),
        ("2024-08-20T18:37:24-0800", datetime(2024, 8, 20, 18, 37, 24, tzinfo=offset(-8))),
        ("2024-08-20T18:37:24+05", datetime(2024, 8, 20, 18, 37, 24, tzinfo=offset(5))),
        ("2024-08-20T18:37:24.5Z", datetime(2024, 8, 20, 18, 37, 24, 500000, tzinfo=UTC)),
        ("2024-08-20T18:37:24.123456789Z", datetime(2024, 8, 20, 18, 37, 24, 123456, tzinfo=UTC)),  # truncated
        ("2024-8-2T1:2:3Z", datetime(2024, 8, 2, 1, 2, 3, tzinfo=UTC)),
        ("2024-08-20T18:37:24Z\n", datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        (b"2024-08-20T18:37:24Z", datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        # unix timestamps: seconds, then milliseconds (and finer) above 2e10
        (1724179044, datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        (1724179044.5, datetime(2024, 8, 20, 18, 37, 24, 500000, tzinfo=UTC)),
        (1724179044123, datetime(2024, 8, 20, 18, 37, 24, 123000, tzinfo=UTC)),
        (1724179044123456, datetime(2024, 8, 20, 18, 37, 24, 123456, tzinfo=UTC)),
        (20000000000, datetime(2603, 10, 11, 11, 33, 20, tzinfo=UTC)),
        (20000000001, datetime(1970, 8, 20, 11, 33, 20, 1000, tzinfo=UTC)),
        (-1, datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC)),
        (True, datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)),
        ("1724179044", datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        (b"1724179044", datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)),
        ("1724179044123", datetime(2024, 8, 20, 18, 37, 24, 123000, tzinfo=UTC)),
        (3e21, datetime.max),  # saturates, naive
        (-3e21, datetime.min),
    ],
)
def test_parse_datetime(value: Any, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert repr(parsed) == repr(expected)
    if expected.tzinfo is not None and expected.utcoffset() == timedelta(0):
        assert parsed.tzinfo is timezone.utc  # the singleton, not pydantic's TzInfo(0)


def test_parse_datetime_of_a_datetime_is_itself() -> None:
    value = datetime(2024, 1, 2, tzinfo=offset(3))
    assert parse_datetime(value) is value
    assert parse_datetime("2024-08-20T18:37:24+00:00").tzinfo is timezone.utc


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("2024-08-20", ValueError, "invalid datetime format"),  # a date alone is not a datetime
        ("2024-08-20t18:37:24Z", ValueError, "invalid datetime format"),
        ("2024-08-20T18:37:24z", ValueError, "invalid datetime format"),
        ("2024-08-20T18:37:24.1234567890123Z", ValueError, "invalid datetime format"),
        ("", ValueError, "invalid datetime format"),
        ("2024-13-20T18:37:24Z", ValueError, "month must be in 1..12"),
        ("2024-08-20T18:37:60Z", ValueError, "second must be in 0..59"),
        ("2024-08-20T18:37:24+24:00", ValueError, "offset must be a timedelta"),
        ("nan", ValueError, "NaN"),
        (None, TypeError, "invalid type; expected datetime, string, bytes, int or float"),
        ([1], TypeError, "invalid type; expected datetime, string, bytes, int or float"),
    ],
)
def test_parse_datetime_errors(value: Any, error: Type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        parse_datetime(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-20", date(2024, 8, 20)),
        ("2024-8-2", date(2024, 8, 2)),
        (1724179044, date(2024, 8, 20)),
        (1724179044123, date(2024, 8, 20)),
        ("1724179044", date(2024, 8, 20)),
        (True, date(1970, 1, 1)),
        (float("inf"), date(9999, 12, 31)),
        (datetime(2024, 1, 2, 3, 4), date(2024, 1, 2)),
        (date(2024, 1, 2), date(2024, 1, 2)),
    ],
)
def test_parse_date(value: Any, expected: date) -> None:
    parsed = parse_date(value)
    assert type(parsed) is date
    assert parsed == expected


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("2024-02-30", ValueError, "invalid date format"),
        ("2024-08-20T00:00:00Z", ValueError, "invalid date format"),
        (None, TypeError, "invalid type; expected date, string, bytes, int or float"),
    ],
)
def test_parse_date_errors(value: Any, error: Type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        parse_date(value)
