# File generated from src/anthropic/_async/resources/beta/__init__.py by tools/unasync.py. Do not edit.
"""``client.beta``: the beta resources (``Beta`` is in ``.beta``; modules load on first use)."""
