# File generated from src/anthropic/_async/lib/__init__.py by tools/unasync.py. Do not edit.
"""The sync helpers of ``anthropic.lib`` (``anthropic._sync.lib`` is generated from ``anthropic._async.lib``)."""
