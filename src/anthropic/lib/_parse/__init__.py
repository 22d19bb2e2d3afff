"""Structured outputs: ``transform_schema`` and building ``ParsedBetaMessage`` from a response."""
