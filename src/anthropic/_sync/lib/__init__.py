# File generated from src/anthropic/_async/lib/__init__.py by tools/unasync.py. Do not edit.
"""The hand-written async helpers of ``anthropic.lib`` (their sync twins are generated)."""
