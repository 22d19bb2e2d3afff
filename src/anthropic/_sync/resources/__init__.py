# File generated from src/anthropic/_async/resources/__init__.py by tools/unasync.py. Do not edit.
"""Async resources (hand-written); ``anthropic._sync.resources`` is generated from them."""
