"""The hand-written async front. ``tools/unasync.py`` generates ``anthropic._sync`` from it."""
