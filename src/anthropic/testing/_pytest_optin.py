"""The package's `pytest11` entry point (`anthropic_testing`): loaded by every pytest run where the SDK is installed,
it only adds an option and an ini setting, and imports nothing else (not even `anthropic.testing`'s server).

The fixtures of `anthropic.testing.pytest_plugin` are registered only when asked for: `pytest --anthropic-fixtures`,
or `anthropic_fixtures = true` in the pytest ini section. (`-p anthropic.testing.pytest_plugin` and
`pytest_plugins = ["anthropic.testing.pytest_plugin"]` work without this module; `-p no:anthropic_testing`
disables it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

PLUGIN = "anthropic.testing.pytest_plugin"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("anthropic", "anthropic.testing (fake Anthropic API server)")
    group.addoption(
        "--anthropic-fixtures",
        action="store_true",
        default=False,
        help=f"register the fixtures fake_anthropic, anthropic_client, async_anthropic_client ({PLUGIN})",
    )
    parser.addini(
        "anthropic_fixtures",
        type="bool",
        default=False,
        help="register the fixtures of anthropic.testing.pytest_plugin (like --anthropic-fixtures)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("anthropic_fixtures") or config.getini("anthropic_fixtures"):
        config.pluginmanager.import_plugin(PLUGIN)
