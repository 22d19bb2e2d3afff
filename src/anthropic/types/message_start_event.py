from .raw_message_start_event import RawMessageStartEvent

__all__ = ["MessageStartEvent"]


MessageStartEvent = RawMessageStartEvent
"""Older name of `RawMessageStartEvent`, kept for compatibility."""
