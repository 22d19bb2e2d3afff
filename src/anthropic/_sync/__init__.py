# File generated from src/anthropic/_async/__init__.py by tools/unasync.py. Do not edit.
"""The hand-written async front. ``tools/unasync.py`` generates ``anthropic._sync`` from it."""
