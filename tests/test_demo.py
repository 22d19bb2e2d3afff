"""``./scripts/demo`` runs offline: a streamed answer, a tool run through the runner, a parsed answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


def test_the_demo_runs_offline() -> None:
    result = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True, timeout=60, check=True)
    out = result.stdout
    assert "assistant> Echo: Hello!" in out
    assert 'tool> get_weather({"location": "Paris"}) -> {"location": "Paris", "forecast": "sunny"' in out
    assert "The tool returned:" in out and "stop_reason=end_turn" in out
    assert "assistant (parsed)> Forecast(city=" in out
    assert result.stderr == ""
