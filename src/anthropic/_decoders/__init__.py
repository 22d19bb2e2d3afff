"""Decoders of streamed response bodies (kept at the reference import path)."""
