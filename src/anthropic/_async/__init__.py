"""The async front. ``tools/unasync.py`` generates ``anthropic._sync`` from ``anthropic._async``."""
