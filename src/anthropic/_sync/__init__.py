# File generated from src/anthropic/_async/__init__.py by tools/unasync.py. Do not edit.
"""The sync front. ``tools/unasync.py`` generates ``anthropic._sync`` from ``anthropic._async``."""
