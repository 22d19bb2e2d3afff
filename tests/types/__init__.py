"""Tests of the anthropic.types package: surface, lazy imports, schemas, parsing round trips."""
