# File generated from tests/async_tests/__init__.py by tools/unasync.py. Do not edit.
