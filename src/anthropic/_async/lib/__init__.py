"""The hand-written async helpers of ``anthropic.lib`` (their sync twins are generated)."""
