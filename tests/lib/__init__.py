"""Tests of ``anthropic.lib`` (streaming helpers) and the shared stream-fixture helpers."""
