"""A small JSON Schema toolkit for the fake model: a validator and a value synthesizer (standard library only).

`validate(instance, schema)` checks `instance` against the subset of JSON Schema (draft 2020-12, with the draft-4
spellings pydantic and older tools still emit) that tool input schemas and structured-output schemas use:

* `type` (a name or a list; `integer` accepts `1.0`; booleans are never numbers), `enum`, `const` (JSON equality:
  `true` is not `1`), boolean schemas;
* objects: `properties`, `required`, `additionalProperties` (boolean or schema), `patternProperties`,
  `propertyNames`, `minProperties` / `maxProperties`, `dependentRequired`;
* arrays: `items` (a schema, or a list of schemas as in draft 4 with `additionalItems`), `prefixItems`,
  `minItems` / `maxItems`, `uniqueItems`, `contains` (with `minContains` / `maxContains`);
* strings: `minLength` / `maxLength` (in code points), `pattern` (Python `re.search`), `format` for `date`,
  `date-time`, `time`, `duration`, `uuid`, `email`, `uri`, `hostname`, `ipv4`, `ipv6` (other formats are
  annotations);
* numbers: `minimum` / `maximum`, `exclusiveMinimum` / `exclusiveMaximum` (numbers, or draft-4 booleans),
  `multipleOf`;
* `allOf`, `anyOf`, `oneOf`, `not`, `if` / `then` / `else`, and local `$ref`s (`#`, `#/$defs/Name`,
  `#/definitions/Name`, any JSON pointer into the root schema).

Other keywords (`title`, `description`, `default`, `examples`, `$schema`, ...) are annotations and ignored.
It returns `True` or raises `SchemaValidationError`, whose `errors` lists every problem as `"<path>: <message>"`
with paths like `$.items[0].name`; `schema_errors()` returns that list instead of raising.

`synthesize(schema, text=..., complete=...)` builds a deterministic value that `validate` accepts, for every schema
made of the keywords above (best effort for `not`, `pattern` and conflicting constraints). The rules:

* `const` wins; then a valid `default`, then the first valid of `examples`; then `enum` (its first value that fits);
  `anyOf` / `oneOf` try their options in order, non-`null` ones first (`oneOf` keeps the first value that matches
  exactly one option); `allOf` and `$ref` are merged into the node they appear in;
* objects get their `required` properties (all `properties` too when `complete=True`, as structured outputs want;
  `additionalProperties: false` objects then have exactly their properties); a dict schema
  (`additionalProperties: {...}` without `properties`) gets one `"key"` entry when `complete=True`;
* strings: a sample of their `format` (`2025-01-01`, `2025-01-01T12:00:00Z`, `user@example.com`, a fixed UUID...);
  a string whose property name suggests free text (`location`, `city`, `query`, `search`, `topic`, `q`, `name`,
  ...) gets the subject of `text` (what follows its last "in/for/about/of/at": "weather in Paris?" gives "Paris");
  a simple `pattern` (literals, classes, `\\d \\w \\s .`, groups with `|`, quantifiers) gets a matching string;
  otherwise `"example"`; then padded with `x` / cut to `minLength` / `maxLength`;
* integers and numbers: 1, or the smallest allowed value above the lower bound, moved into `maximum` /
  exclusive bounds and rounded to `multipleOf`; booleans: `true`; arrays: `minItems` items (at least one when
  `complete=True` and `maxItems` allows), distinct items for `uniqueItems`;
* recursion is bounded: past a depth of 10, or after 300 values, only what is required is built (`null` options
  first, no optional properties, `minItems` items); a schema that requires endless recursion gets `null`s deep
  down (an invalid value) after 1000 values.

Schemas from `anthropic.transform_schema` move unsupported constraints (`enum`, `minimum`, `default`...) into the
description as a trailing `{enum: ['a', 'b'], minimum: 1}` paragraph; the synthesizer reads those back and honours
them, so a `Literal` or `Enum` field still gets one of its values and parses with pydantic.

`invalid_instance(schema, text=...)` gives a value that does NOT validate: a property of the wrong type, else a missing
required property, else an extra property, else a value of the wrong type.
"""

from __future__ import annotations

import ast
import copy
import datetime
import ipaddress
import math
import re
import uuid
from typing import Any, Dict, Iterator, List, Optional, Tuple
from urllib.parse import unquote

from ._jsonutil import as_list, as_object

__all__ = [
    "SchemaValidationError",
    "invalid_instance",
    "is_valid",
    "schema_errors",
    "subject_of",
    "synthesize",
    "validate",
]


class SchemaValidationError(ValueError):
    """`instance` does not match the schema; `errors` lists each problem as `"<path>: <message>"`."""

    def __init__(self, errors: List[str]) -> None:
        super().__init__("; ".join(errors) if len(errors) <= 5 else "; ".join(errors[:5]) + f" (+{len(errors) - 5})")
        self.errors = errors


# ------------------------------------------------------------------------------------------------------- helpers


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and not (
        isinstance(value, float) and not math.isfinite(value)
    )


def _int_key(spec: Dict[str, Any], key: str) -> Optional[int]:
    value = spec.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num_key(spec: Dict[str, Any], key: str) -> Optional[float]:
    value = spec.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _json_equal(a: object, b: object) -> bool:
    """Equality of JSON values (`true` is not `1`, `1` is `1.0`)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return a == b
    list_a, list_b = as_list(a), as_list(b)
    if list_a is not None or list_b is not None:
        if list_a is None or list_b is None or len(list_a) != len(list_b):
            return False
        return all(_json_equal(x, y) for x, y in zip(list_a, list_b))
    obj_a, obj_b = as_object(a), as_object(b)
    if obj_a is not None or obj_b is not None:
        if obj_a is None or obj_b is None or obj_a.keys() != obj_b.keys():
            return False
        return all(_json_equal(obj_a[key], obj_b[key]) for key in obj_a)
    return type(a) is type(b) and a == b


def _has_type(value: object, kind: object) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return _is_int(value) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return _is_number(value)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return False


_PATTERNS: Dict[str, Optional[re.Pattern[str]]] = {}


def _compiled(pattern: str) -> Optional[re.Pattern[str]]:
    if pattern not in _PATTERNS:
        try:
            _PATTERNS[pattern] = re.compile(pattern)
        except re.error:
            _PATTERNS[pattern] = None
    return _PATTERNS[pattern]


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TIME = r"\d{2}:\d{2}:\d{2}(?:\.\d+)?"
_OFFSET = r"(?:[Zz]|[+-]\d{2}:\d{2})"
_DATE_TIME = re.compile(rf"(\d{{4}}-\d{{2}}-\d{{2}})[Tt ]({_TIME}){_OFFSET}\Z")
_FULL_TIME = re.compile(rf"({_TIME}){_OFFSET}?\Z")
_DURATION = re.compile(
    r"P(?!\Z)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?\Z"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+\Z")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*\Z")
_HOSTNAME = re.compile(
    r"(?=.{1,253}\Z)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\Z"
)


def _valid_time(text: str) -> bool:
    hour, minute, second = int(text[0:2]), int(text[3:5]), int(text[6:8])
    return hour < 24 and minute < 60 and second < 61


def _format_ok(fmt: str, value: str) -> bool:
    if fmt == "date":
        if not _DATE.match(value):
            return False
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if fmt == "date-time":
        match = _DATE_TIME.match(value)
        return match is not None and _format_ok("date", match.group(1)) and _valid_time(match.group(2))
    if fmt == "time":
        match = _FULL_TIME.match(value)
        return match is not None and _valid_time(match.group(1))
    if fmt == "duration":
        return _DURATION.match(value) is not None
    if fmt == "uuid":
        return _UUID.match(value) is not None
    if fmt in ("email", "idn-email"):
        return _EMAIL.match(value) is not None
    if fmt in ("uri", "iri"):
        return _URI.match(value) is not None
    if fmt == "hostname":
        return _HOSTNAME.match(value) is not None
    if fmt in ("ipv4", "ipv6"):
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return False
        return address.version == (4 if fmt == "ipv4" else 6)
    return True


def _bounds(spec: Dict[str, Any]) -> Tuple[Optional[float], Optional[float], Optional[float], Optional[float]]:
    """`(minimum, exclusive minimum, maximum, exclusive maximum)` of a number schema (draft-4 booleans understood)."""
    low, high = _num_key(spec, "minimum"), _num_key(spec, "maximum")
    low_ex, high_ex = _num_key(spec, "exclusiveMinimum"), _num_key(spec, "exclusiveMaximum")
    if spec.get("exclusiveMinimum") is True and low is not None:
        low, low_ex = None, low
    if spec.get("exclusiveMaximum") is True and high is not None:
        high, high_ex = None, high
    return low, low_ex, high, high_ex


def _is_multiple(value: float, step: float) -> bool:
    if step <= 0:
        return True
    quotient = value / step
    return math.isfinite(quotient) and abs(quotient - round(quotient)) <= 1e-9 * max(1.0, abs(quotient))


def _resolve(root: object, ref: str) -> Tuple[bool, object]:
    """`(found, target)` of a local `$ref` (a JSON pointer after `#`)."""
    if not ref.startswith("#"):
        return False, None
    node = root
    pointer = ref[1:]
    if not pointer:
        return True, node
    if not pointer.startswith("/"):
        return False, None
    for raw in pointer[1:].split("/"):
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        obj, items = as_object(node), as_list(node)
        if obj is not None and part in obj:
            node = obj[part]
        elif items is not None and part.isdigit() and int(part) < len(items):
            node = items[int(part)]
        else:
            return False, None
    return True, node


# ----------------------------------------------------------------------------------------------------- validator


class _Validator:
    def __init__(self, root: object) -> None:
        self.root = root
        self.depth = 0

    def ok(self, instance: object, schema: object) -> bool:
        errors: List[str] = []
        self.check(instance, schema, "$", errors)
        return not errors

    def check(self, instance: object, schema: object, path: str, out: List[str]) -> None:
        if schema is True or schema is None:
            return
        if schema is False:
            out.append(f"{path}: no value is allowed here (false schema)")
            return
        spec = as_object(schema)
        if spec is None:
            return
        self.depth += 1
        try:
            if self.depth > 200:
                out.append(f"{path}: schema nesting too deep (a $ref cycle?)")
                return
            self._check(instance, spec, path, out)
        finally:
            self.depth -= 1

    def _check(self, instance: object, spec: Dict[str, Any], path: str, out: List[str]) -> None:
        ref = spec.get("$ref")
        if isinstance(ref, str):
            found, target = _resolve(self.root, ref)
            if not found:
                out.append(f"{path}: cannot resolve $ref {ref!r}")
            else:
                self.check(instance, target, path, out)
        kind = spec.get("type")
        if kind is not None:
            kinds = as_list(kind)
            allowed = kinds if kinds is not None else [kind]
            if not any(_has_type(instance, k) for k in allowed):
                expected = " or ".join(repr(k) for k in allowed)
                out.append(f"{path}: {_short(instance)} is not of type {expected}")
                return
        if "const" in spec and not _json_equal(instance, spec["const"]):
            out.append(f"{path}: {_short(instance)} is not {_short(spec['const'])}")
        enum = as_list(spec.get("enum"))
        if enum is not None and not any(_json_equal(instance, option) for option in enum):
            out.append(f"{path}: {_short(instance)} is not one of {_short(enum)}")
        items, obj = as_list(instance), as_object(instance)
        if isinstance(instance, str):
            self._check_string(instance, spec, path, out)
        elif isinstance(instance, (int, float)) and _is_number(instance):
            self._check_number(instance, spec, path, out)
        elif items is not None:
            self._check_array(items, spec, path, out)
        elif obj is not None:
            self._check_object(obj, spec, path, out)
        self._check_combinators(instance, spec, path, out)

    def _check_combinators(self, instance: object, spec: Dict[str, Any], path: str, out: List[str]) -> None:
        for sub in as_list(spec.get("allOf")) or []:
            self.check(instance, sub, path, out)
        any_of = as_list(spec.get("anyOf"))
        if any_of is not None and not any(self.ok_at(instance, sub) for sub in any_of):
            out.append(f"{path}: {_short(instance)} matches none of the anyOf options")
        one_of = as_list(spec.get("oneOf"))
        if one_of is not None:
            matches = sum(1 for sub in one_of if self.ok_at(instance, sub))
            if matches != 1:
                out.append(f"{path}: {_short(instance)} matches {matches} of the oneOf options (expected exactly 1)")
        if "not" in spec and self.ok_at(instance, spec["not"]):
            out.append(f"{path}: {_short(instance)} must not match the 'not' schema")
        if "if" in spec:
            branch = "then" if self.ok_at(instance, spec["if"]) else "else"
            if branch in spec:
                self.check(instance, spec[branch], path, out)

    def ok_at(self, instance: object, schema: object) -> bool:
        errors: List[str] = []
        self.check(instance, schema, "$", errors)
        return not errors

    def _check_string(self, value: str, spec: Dict[str, Any], path: str, out: List[str]) -> None:
        min_length, max_length = _int_key(spec, "minLength"), _int_key(spec, "maxLength")
        if min_length is not None and len(value) < min_length:
            out.append(f"{path}: {_short(value)} is shorter than {min_length} characters")
        if max_length is not None and len(value) > max_length:
            out.append(f"{path}: {_short(value)} is longer than {max_length} characters")
        pattern = spec.get("pattern")
        if isinstance(pattern, str):
            compiled = _compiled(pattern)
            if compiled is not None and compiled.search(value) is None:
                out.append(f"{path}: {_short(value)} does not match pattern {pattern!r}")
        fmt = spec.get("format")
        if isinstance(fmt, str) and not _format_ok(fmt, value):
            out.append(f"{path}: {_short(value)} is not a valid {fmt!r}")

    def _check_number(self, value: float, spec: Dict[str, Any], path: str, out: List[str]) -> None:
        low, low_ex, high, high_ex = _bounds(spec)
        if low is not None and value < low:
            out.append(f"{path}: {value!r} is less than the minimum {low!r}")
        if low_ex is not None and value <= low_ex:
            out.append(f"{path}: {value!r} is not greater than the exclusive minimum {low_ex!r}")
        if high is not None and value > high:
            out.append(f"{path}: {value!r} is greater than the maximum {high!r}")
        if high_ex is not None and value >= high_ex:
            out.append(f"{path}: {value!r} is not less than the exclusive maximum {high_ex!r}")
        step = _num_key(spec, "multipleOf")
        if step is not None and not _is_multiple(value, step):
            out.append(f"{path}: {value!r} is not a multiple of {step!r}")

    def _check_array(self, value: List[Any], spec: Dict[str, Any], path: str, out: List[str]) -> None:
        min_items, max_items = _int_key(spec, "minItems"), _int_key(spec, "maxItems")
        if min_items is not None and len(value) < min_items:
            out.append(f"{path}: expected at least {min_items} items, got {len(value)}")
        if max_items is not None and len(value) > max_items:
            out.append(f"{path}: expected at most {max_items} items, got {len(value)}")
        prefix = as_list(spec.get("prefixItems"))
        items = spec.get("items")
        rest: object = items
        if prefix is None and as_list(items) is not None:
            prefix, rest = as_list(items), spec.get("additionalItems", True)
        prefix = prefix or []
        for index, item in enumerate(value):
            sub = prefix[index] if index < len(prefix) else rest
            if sub is not None:
                self.check(item, sub, f"{path}[{index}]", out)
        if spec.get("uniqueItems") is True:
            for i in range(len(value)):
                if any(_json_equal(value[i], value[j]) for j in range(i)):
                    out.append(f"{path}: items are not unique ({_short(value[i])} repeats)")
                    break
        if "contains" in spec:
            count = sum(1 for item in value if self.ok_at(item, spec["contains"]))
            least = _int_key(spec, "minContains")
            least = 1 if least is None else least
            most = _int_key(spec, "maxContains")
            if count < least:
                out.append(f"{path}: expected at least {least} items matching 'contains', got {count}")
            if most is not None and count > most:
                out.append(f"{path}: expected at most {most} items matching 'contains', got {count}")

    def _check_object(self, value: Dict[str, Any], spec: Dict[str, Any], path: str, out: List[str]) -> None:
        properties = as_object(spec.get("properties")) or {}
        for name in as_list(spec.get("required")) or []:
            if isinstance(name, str) and name not in value:
                out.append(f"{path}: missing required property {name!r}")
        min_props, max_props = _int_key(spec, "minProperties"), _int_key(spec, "maxProperties")
        if min_props is not None and len(value) < min_props:
            out.append(f"{path}: expected at least {min_props} properties, got {len(value)}")
        if max_props is not None and len(value) > max_props:
            out.append(f"{path}: expected at most {max_props} properties, got {len(value)}")
        pattern_props = as_object(spec.get("patternProperties")) or {}
        additional = spec.get("additionalProperties", True)
        names = spec.get("propertyNames")
        for key, item in value.items():
            where = f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"
            if names is not None and not self.ok_at(key, names):
                out.append(f"{path}: property name {key!r} does not match propertyNames")
            matched = key in properties
            if matched:
                self.check(item, properties[key], where, out)
            for pattern, sub in pattern_props.items():
                compiled = _compiled(pattern)
                if compiled is not None and compiled.search(key):
                    matched = True
                    self.check(item, sub, where, out)
            if not matched:
                if additional is False:
                    out.append(f"{path}: additional property {key!r} is not allowed")
                elif additional is not True:
                    self.check(item, additional, where, out)
        for key, needed in (as_object(spec.get("dependentRequired")) or {}).items():
            if key in value:
                for name in as_list(needed) or []:
                    if isinstance(name, str) and name not in value:
                        out.append(f"{path}: property {name!r} is required when {key!r} is present")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def schema_errors(instance: object, schema: object) -> List[str]:
    """Every reason `instance` does not match `schema` (`"<path>: <message>"`); empty when it matches."""
    errors: List[str] = []
    _Validator(schema).check(instance, schema, "$", errors)
    return errors


def is_valid(instance: object, schema: object) -> bool:
    """Whether `instance` matches `schema`."""
    return not schema_errors(instance, schema)


def validate(instance: object, schema: object) -> bool:
    """Return `True` if `instance` matches `schema`, else raise `SchemaValidationError` listing the problems."""
    errors = schema_errors(instance, schema)
    if errors:
        raise SchemaValidationError(errors)
    return True


# ------------------------------------------------------------------------------------------- user-text hints

_SUBJECT = re.compile(r"\b(?:in|for|about|of|at)\s+", re.IGNORECASE)
_TEXT_HINTS = ("location", "city", "query", "search", "text", "prompt", "question", "topic", "place", "address")
_TEXT_NAMES = ("q", "input", "term", "keyword", "keywords", "message", "content", "name", "country", "region")


def subject_of(text: str) -> str:
    """The part of `text` after its last "in/for/about/of/at" (e.g. "weather in Paris?" -> "Paris")."""
    text = text.strip()
    starts = [m.end() for m in _SUBJECT.finditer(text)]
    candidate = text[starts[-1] :] if starts else text
    candidate = candidate.strip().rstrip(".?!").strip()
    return candidate or text or "example"


def _wants_text(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TEXT_NAMES or any(hint in lowered for hint in _TEXT_HINTS)


# ----------------------------------------------------------------------------- leftovers of transform_schema

_LEFTOVER_KEY = re.compile(r"(?:\A|, )([A-Za-z_$][\w$-]*): ")
_HINT_KEYS = frozenset(
    (
        "enum",
        "const",
        "default",
        "examples",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    )
)


def _leftover_value(text: str) -> object:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text


def description_hints(description: object) -> Dict[str, Any]:
    """The constraints `transform_schema` folded into `description` (its last paragraph, `{key: value, ...}`)."""
    if not isinstance(description, str) or not description.endswith("}"):
        return {}
    paragraph = description.rsplit("\n\n", 1)[-1]
    if not paragraph.startswith("{"):
        return {}
    inner = paragraph[1:-1]
    keys = list(_LEFTOVER_KEY.finditer(inner))
    if not keys or keys[0].start() != 0:
        return {}
    hints: Dict[str, Any] = {}
    for i, match in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(inner)
        key = match.group(1)
        if key in _HINT_KEYS:
            hints[key] = _leftover_value(inner[match.end() : end])
    return hints


# ------------------------------------------------------------------------------------- simple regex samples


class _RegexSample:
    """A string matching a simple regex (literals, classes, `\\d \\w \\s .`, groups, `|`, quantifiers), or None."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0

    def run(self) -> Optional[str]:
        try:
            text = self._alternation()
        except ValueError:
            return None
        if self.pos != len(self.pattern):
            return None
        compiled = _compiled(self.pattern)
        return text if compiled is not None and compiled.search(text) else None

    def _peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def _alternation(self) -> str:
        first = self._sequence()
        while self._peek() == "|":
            self.pos += 1
            self._sequence()
        return first

    def _sequence(self) -> str:
        out: List[str] = []
        while self.pos < len(self.pattern) and self._peek() not in "|)":
            atom = self._atom()
            out.append(atom * self._quantifier())
        return "".join(out)

    def _quantifier(self) -> int:
        char = self._peek()
        if not char:
            return 1
        count = 1
        if char in "*?":
            self.pos += 1
            count = 0
        elif char == "+":
            self.pos += 1
        elif char == "{":
            match = re.compile(r"\{(\d+)(?:,(\d*))?\}").match(self.pattern, self.pos)
            if match is None:
                raise ValueError("bad quantifier")
            self.pos = match.end()
            count = int(match.group(1))
        else:
            return 1
        if self._peek() and self._peek() in "?+":
            self.pos += 1
        return count

    def _atom(self) -> str:
        char = self._peek()
        self.pos += 1
        if char in "^$":
            return ""
        if char == ".":
            return "a"
        if char == "\\":
            return self._escape(in_class=False)
        if char == "[":
            return self._class()
        if char == "(":
            if self.pattern.startswith("?:", self.pos):
                self.pos += 2
            elif self._peek() == "?":
                raise ValueError("unsupported group")
            text = self._alternation()
            if self._peek() != ")":
                raise ValueError("unclosed group")
            self.pos += 1
            return text
        if char in "*+?{)|":
            raise ValueError("unexpected")
        return char

    def _escape(self, in_class: bool) -> str:
        char = self._peek()
        self.pos += 1
        if not char:
            raise ValueError("dangling escape")
        samples = {"d": "1", "w": "a", "s": " ", "n": "\n", "t": "\t"}
        if char in samples:
            return samples[char]
        if char.isalnum():
            raise ValueError("unsupported escape")
        return char

    def _class(self) -> str:
        if self._peek() == "^":
            raise ValueError("negated class")
        first: Optional[str] = None
        while True:
            char = self._peek()
            if not char:
                raise ValueError("unclosed class")
            self.pos += 1
            if char == "]" and first is not None:
                return first
            sample = self._escape(in_class=True) if char == "\\" else char
            if first is None:
                first = sample


def regex_sample(pattern: str) -> Optional[str]:
    return _RegexSample(pattern).run()


# -------------------------------------------------------------------------------------------------- synthesizer

_DEPTH_LIMIT = 10
"""Past this depth only what is required is built (recursive schemas end)."""

_SOFT_BUDGET = 300
"""After this many values, only what is required is built (wide recursive schemas stay small)."""

_HARD_BUDGET = 1000
"""After this many values (or past `_HARD_LIMIT` levels) every value is `null`: a schema that requires infinite
recursion gets an invalid value instead of an endless search."""

_HARD_LIMIT = 32

_MISSING = object()

_NUMBER_KEYS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_STRING_KEYS = ("minLength", "maxLength", "pattern", "format")
_ARRAY_KEYS = ("items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains")
_OBJECT_KEYS = ("properties", "required", "additionalProperties", "patternProperties", "minProperties")
_LOWER_KEYS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_KEYS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


def _merge(base: Dict[str, Any], extra: Dict[str, Any]) -> Dict[str, Any]:
    """`base` narrowed by `extra` (for `allOf` parts and `$ref` siblings); `extra`'s annotations win."""
    out = dict(base)
    for key, value in extra.items():
        if key not in out:
            out[key] = value
        elif key == "properties":
            mine, theirs = as_object(out[key]) or {}, as_object(value) or {}
            merged = dict(mine)
            for name, sub in theirs.items():
                merged[name] = {"allOf": [mine[name], sub]} if name in mine else sub
            out[key] = merged
        elif key == "required":
            seen = list(as_list(out[key]) or [])
            out[key] = seen + [name for name in as_list(value) or [] if name not in seen]
        elif key == "type":
            out[key] = _common_types(as_list(out[key]) or [out[key]], as_list(value) or [value]) or value
        elif key == "enum":
            mine_enum, their_enum = as_list(out[key]) or [], as_list(value) or []
            out[key] = [x for x in mine_enum if any(_json_equal(x, y) for y in their_enum)]
        elif key in _LOWER_KEYS and _is_number(out[key]) and _is_number(value):
            out[key] = max(out[key], value)
        elif key in _UPPER_KEYS and _is_number(out[key]) and _is_number(value):
            out[key] = min(out[key], value)
        elif key in ("description", "title", "default", "examples"):
            out[key] = value
    return out


def _common_types(mine: List[Any], theirs: List[Any]) -> List[Any]:
    """The types both lists allow (`integer` is a `number`)."""
    common: List[Any] = []
    for kind in mine:
        if kind in theirs:
            common.append(kind)
        elif "integer" in (kind, *theirs) and "number" in (kind, *theirs):
            common.append("integer")
    return list(dict.fromkeys(common))


def _singular(name: str) -> str:
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss") and len(name) > 3:
        return name[:-1]
    return name


_FORMAT_SAMPLES = {
    "date-time": "2025-01-01T12:00:00Z",
    "time": "12:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}


def _format_sample(fmt: str, name: str, variant: int) -> Optional[str]:
    if fmt == "date":
        return (datetime.date(2025, 1, 1) + datetime.timedelta(days=variant)).isoformat()
    if fmt == "uuid":
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"anthropic-fake:{name}:{variant}"))
    sample = _FORMAT_SAMPLES.get(fmt)
    if sample is None or variant == 0:
        return sample
    if fmt in ("email", "idn-email"):
        return f"user{variant + 1}@example.com"
    if fmt in ("uri", "iri", "uri-reference"):
        return f"https://example.com/{variant + 1}"
    if fmt == "hostname":
        return f"host{variant + 1}.example.com"
    if fmt == "date-time":
        return f"2025-01-{1 + variant % 28:02d}T12:00:00Z"
    if fmt == "ipv4":
        return f"192.0.2.{1 + variant % 254}"
    if fmt == "duration":
        return f"P{variant + 1}D"
    return sample


def _fit(text: str, spec: Dict[str, Any]) -> str:
    min_length, max_length = _int_key(spec, "minLength"), _int_key(spec, "maxLength")
    if max_length is not None and len(text) > max_length:
        text = text[:max_length]
    if min_length is not None and len(text) < min_length:
        text += "x" * (min_length - len(text))
    return text


def _integral(value: float) -> float:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class _Synthesizer:
    def __init__(self, root: object, text: str, complete: bool) -> None:
        self.root = root
        self.text = text
        self.complete = complete
        self.validator = _Validator(root)
        self.count = 0

    def minimal(self, depth: int) -> bool:
        """Whether to build only what is required (deep down, or after many values)."""
        return depth >= _DEPTH_LIMIT or self.count > _SOFT_BUDGET

    def value(self, schema: object, name: str, depth: int, variant: int = 0) -> Any:
        self.count += 1
        if schema is False or depth > _HARD_LIMIT or self.count > _HARD_BUDGET:
            return None
        raw = as_object(schema) or {}
        spec = self.expand(raw, 0)
        hints = description_hints(raw.get("description")) if "description" in raw else {}
        first: Any = _MISSING
        for candidate in self.candidates(spec, name, depth, variant):
            if first is _MISSING:
                first = candidate
            if self.validator.ok(candidate, raw) and (not hints or self.validator.ok(candidate, hints)):
                return candidate
        return None if first is _MISSING else first

    def expand(self, spec: Dict[str, Any], guard: int) -> Dict[str, Any]:
        """`spec` with its `$ref` and `allOf` merged in and its description hints added."""
        if guard > 16:
            return spec
        hints = description_hints(spec.get("description"))
        ref = spec.get("$ref")
        if isinstance(ref, str):
            found, target = _resolve(self.root, ref)
            siblings = {key: value for key, value in spec.items() if key != "$ref"}
            spec = _merge(self.expand(as_object(target) or {}, guard + 1), siblings) if found else siblings
        parts = as_list(spec.get("allOf"))
        if parts is not None:
            spec = {key: value for key, value in spec.items() if key != "allOf"}
            for part in parts:
                spec = _merge(spec, self.expand(as_object(part) or {}, guard + 1))
        for key, value in hints.items():
            spec.setdefault(key, value)
        return spec

    # ----------------------------------------------------------------------------------------- candidates

    def candidates(self, spec: Dict[str, Any], name: str, depth: int, variant: int) -> Iterator[Any]:
        if "const" in spec:
            yield spec["const"]
            return
        if "default" in spec:
            yield spec["default"]
        yield from as_list(spec.get("examples")) or []
        enum = as_list(spec.get("enum"))
        if enum:
            for i in range(len(enum)):
                yield enum[(variant + i) % len(enum)]
            return
        options = as_list(spec.get("anyOf"))
        if options is None:
            options = as_list(spec.get("oneOf"))
        if options:
            rest = {key: value for key, value in spec.items() if key not in ("anyOf", "oneOf")}
            expanded = [self.expand(as_object(option) or {}, 0) for option in options]
            nulls = [option for option in expanded if option.get("type") == "null"]
            others = [option for option in expanded if option.get("type") != "null"]
            ordered = nulls + others if self.minimal(depth) else others + nulls
            for option in ordered:
                yield from self.candidates(_merge(rest, option), name, depth, variant)
            return
        kind = spec.get("type")
        kinds = as_list(kind)
        if kinds is None:
            kinds = [kind] if isinstance(kind, str) else self._inferred(spec)
        ordered_kinds = [k for k in kinds if k != "null"] + [k for k in kinds if k == "null"]
        if self.minimal(depth) and "null" in kinds:
            ordered_kinds = ["null"] + [k for k in kinds if k != "null"]
        for k in ordered_kinds:
            yield from self._typed(str(k), spec, name, depth, variant)

    @staticmethod
    def _inferred(spec: Dict[str, Any]) -> List[Any]:
        if any(key in spec for key in _OBJECT_KEYS):
            return ["object"]
        if any(key in spec for key in _ARRAY_KEYS):
            return ["array"]
        if any(key in spec for key in _STRING_KEYS):
            return ["string"]
        if any(key in spec for key in _NUMBER_KEYS):
            return ["number"]
        return ["string", "integer", "boolean", "null", "object", "array"]

    def _typed(self, kind: str, spec: Dict[str, Any], name: str, depth: int, variant: int) -> Iterator[Any]:
        if kind == "string":
            yield from self._strings(spec, name, variant)
        elif kind in ("integer", "number"):
            yield from self._numbers(spec, kind == "integer", variant)
        elif kind == "boolean":
            yield variant % 2 == 0
            yield variant % 2 == 1
        elif kind == "null":
            yield None
        elif kind == "array":
            yield from self._arrays(spec, name, depth, variant)
        elif kind == "object":
            yield from self._objects(spec, name, depth, variant)

    def _strings(self, spec: Dict[str, Any], name: str, variant: int) -> Iterator[str]:
        suffix = f"-{variant + 1}" if variant else ""
        fmt = spec.get("format")
        if isinstance(fmt, str):
            sample = _format_sample(fmt, name, variant)
            if sample is not None:
                yield sample
        if _wants_text(name):
            yield _fit(subject_of(self.text) + suffix, spec)
        pattern = spec.get("pattern")
        if isinstance(pattern, str):
            sample = regex_sample(pattern)
            if sample is not None:
                yield sample
                yield _fit(sample, spec)
        yield _fit("example" + suffix, spec)
        yield _fit("sample" + suffix, spec)

    def _numbers(self, spec: Dict[str, Any], integer: bool, variant: int) -> Iterator[float]:
        low, low_ex, high, high_ex = _bounds(spec)
        floor = max([b for b in (low, low_ex) if b is not None], default=None)
        ceiling = min([b for b in (high, high_ex) if b is not None], default=None)
        start: float = 1 if low is None else max(1, low)
        if low_ex is not None and start <= low_ex:
            start = low_ex + 1 if ceiling is None or integer else low_ex + min(1, (ceiling - low_ex) / 2)
        raw: List[float] = [start + variant, start]
        if ceiling is not None:
            raw += [ceiling, ceiling - 1 if integer else ceiling - min(1, (ceiling - (floor or 0)) / 2)]
        if floor is not None and ceiling is not None:
            raw.append((floor + ceiling) / 2)
        if floor is not None:
            raw += [floor, floor + 1]
        raw += [0, -1]
        step = _num_key(spec, "multipleOf")
        for value in raw:
            options: List[float] = [value]
            if step is not None and step > 0:
                k = math.ceil(value / step - 1e-9)
                options = [round(float(n * step), 12) for n in (k, k + 1, k - 1, 0)]
            for option in options:
                if integer and not float(option).is_integer():
                    yield math.ceil(option)
                else:
                    yield _integral(option)

    def _arrays(self, spec: Dict[str, Any], name: str, depth: int, variant: int) -> Iterator[List[Any]]:
        min_items = _int_key(spec, "minItems") or 0
        max_items = _int_key(spec, "maxItems")
        prefix = as_list(spec.get("prefixItems"))
        items: object = spec.get("items")
        if prefix is None and as_list(items) is not None:
            prefix, items = as_list(items), spec.get("additionalItems", True)
        prefix = prefix or []
        counts = [min_items]
        if self.complete and not self.minimal(depth) and (max_items is None or max_items >= 1):
            counts.insert(0, max(min_items, 1, len(prefix)))
        contains = spec.get("contains")
        item_name = _singular(name)
        for count in counts:
            if max_items is not None:
                count = min(count, max_items)
            values: List[Any] = []
            for index in range(count):
                sub: object = prefix[index] if index < len(prefix) else items
                if sub is False:
                    break
                values.append(self.value(sub, item_name, depth + 1, variant + index))
            if contains is not None and not any(self.validator.ok(v, contains) for v in values):
                if max_items is None or len(values) < max_items:
                    values.append(self.value(contains, item_name, depth + 1, variant + len(values)))
            yield values

    def _objects(self, spec: Dict[str, Any], name: str, depth: int, variant: int) -> Iterator[Dict[str, Any]]:
        properties = as_object(spec.get("properties")) or {}
        required = [key for key in as_list(spec.get("required")) or [] if isinstance(key, str)]
        additional = spec.get("additionalProperties", True)
        complete = self.complete and not self.minimal(depth)
        keys = list(required)
        if complete:
            keys = list(properties) + [key for key in required if key not in properties]
        min_props = _int_key(spec, "minProperties")
        if min_props is not None:
            keys += [key for key in properties if key not in keys][: max(0, min_props - len(keys))]
        out: Dict[str, Any] = {}
        for key in keys:
            sub = self._property_schema(spec, properties, key)
            if sub is False:
                continue
            out[key] = self.value(sub, key, depth + 1, variant)
        if as_object(additional) is not None and (complete or min_props is not None) and not properties:
            needed = 1 if min_props is None else max(1, min_props - len(out))
            for n in range(needed):
                key = "key" if n == 0 else f"key{n + 1}"
                out.setdefault(key, self.value(additional, key, depth + 1, variant + n))
        yield out
        if complete:
            yield {key: out[key] for key in required if key in out}

    @staticmethod
    def _property_schema(spec: Dict[str, Any], properties: Dict[str, Any], key: str) -> object:
        if key in properties:
            return properties[key]
        for pattern, sub in (as_object(spec.get("patternProperties")) or {}).items():
            compiled = _compiled(pattern)
            if compiled is not None and compiled.search(key):
                return sub
        additional = spec.get("additionalProperties", True)
        return {} if additional is True else additional


def synthesize(schema: object, *, text: str = "", complete: bool = False, name: str = "", variant: int = 0) -> Any:
    """A deterministic value matching `schema` (see the module docstring for the rules).

    `text` is the user's message: string properties named like free text (`location`, `query`...) take their value
    from it. `complete=True` fills every object property (structured outputs), not only the required ones.
    `name` is the property name of the top-level value, if any. `variant=n` (n > 0) gives another valid value where
    the schema leaves room (`"example-2"`, the next enum value, a larger number...), as `uniqueItems` arrays do.
    """
    return _Synthesizer(schema, text, complete).value(schema, name, 0, variant)


_WRONG_VALUES: Tuple[object, ...] = (12345, "not-a-valid-value", None, True, [], {})


def invalid_instance(schema: object, *, text: str = "") -> Tuple[bool, Any]:
    """`(True, value)` with a value `schema` rejects, close to a valid one (a property of the wrong type, else a
    missing required property, else an extra property, else a value of the wrong type); `(False, None)` when the
    schema accepts every JSON value."""
    valid = synthesize(schema, text=text, complete=True)
    validator = _Validator(schema)
    candidates: List[Any] = []
    obj = as_object(valid)
    if obj is not None:
        candidates += [{**obj, key: wrong} for key in obj for wrong in _WRONG_VALUES]
        candidates += [{k: v for k, v in obj.items() if k != key} for key in obj]
        candidates.append({**obj, "unexpected_property": "surprise"})
    items = as_list(valid)
    if items is not None:
        candidates += [[*items, wrong] for wrong in _WRONG_VALUES]
    candidates += ["not valid output", *_WRONG_VALUES]
    for candidate in candidates:
        if not validator.ok(candidate, schema):
            return True, copy.deepcopy(candidate)
    return False, None
