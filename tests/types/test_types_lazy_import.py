"""`import anthropic.types` is cheap: names and subpackages load on first access."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest


def run(code: str) -> object:
    """Run ``code`` in a fresh interpreter; it prints one JSON value, which is returned."""
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_types_loads_no_submodule() -> None:
    loaded = run(
        """
        import json, sys
        import anthropic.types
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("anthropic.types."))))
        """
    )
    assert loaded == []


@pytest.mark.parametrize(
    "package",
    [
        "anthropic.types.beta",
        "anthropic.types.beta.messages",
        "anthropic.types.beta.skills",
        "anthropic.types.messages",
        "anthropic.types.shared",
    ],
)
def test_import_subpackage_loads_no_submodule(package: str) -> None:
    loaded = run(
        f"""
        import json, sys
        import {package}
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("anthropic.types"))))
        """
    )
    parents = package.split(".")
    expected = sorted(".".join(parents[:i]) for i in range(2, len(parents) + 1))
    assert loaded == expected


def test_one_name_loads_only_what_it_needs_and_builds_no_schema() -> None:
    result = run(
        """
        import json, sys
        from anthropic.types import Message
        loaded = sorted(m for m in sys.modules if m.startswith("anthropic.types."))
        print(json.dumps({"loaded": loaded, "built": Message.__pydantic_complete__}))
        """
    )
    assert isinstance(result, dict)
    assert result["built"] is False
    assert "anthropic.types.message" in result["loaded"]
    assert not any(m.startswith("anthropic.types.beta") for m in result["loaded"])
    assert len(result["loaded"]) < 30


def test_subpackages_and_submodules_are_attributes() -> None:
    result = run(
        """
        import json
        import anthropic.types as t
        print(json.dumps([
            t.beta.__name__,
            t.beta.messages.__name__,
            t.beta.skills.__name__,
            t.messages.__name__,
            t.shared.__name__,
            t.message.__name__,
            t.beta.messages.BetaMessageBatch.__name__,
        ]))
        """
    )
    assert result == [
        "anthropic.types.beta",
        "anthropic.types.beta.messages",
        "anthropic.types.beta.skills",
        "anthropic.types.messages",
        "anthropic.types.shared",
        "anthropic.types.message",
        "BetaMessageBatch",
    ]


def test_unknown_names_raise_attribute_error() -> None:
    import anthropic.types as types

    for package, name in [(types, "NoSuchType"), (types.beta, "no_such_module"), (types.shared, "message")]:
        with pytest.raises(AttributeError, match=f"has no attribute '{name}'"):
            getattr(package, name)
    assert not hasattr(types, "__wrapped__")


def test_regular_imports_work() -> None:
    import anthropic.types.beta.messages.beta_message_batch as batch_module
    import anthropic.types.message as message_module
    from anthropic.types import Message
    from anthropic.types.beta.messages import BetaMessageBatch

    assert message_module.Message is Message
    assert batch_module.BetaMessageBatch is BetaMessageBatch
