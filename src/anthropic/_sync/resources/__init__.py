# File generated from src/anthropic/_async/resources/__init__.py by tools/unasync.py. Do not edit.
"""Sync resources (``anthropic._sync.resources`` is generated from ``anthropic._async.resources``)."""
