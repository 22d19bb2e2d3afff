from .raw_message_stop_event import RawMessageStopEvent

__all__ = ["MessageStopEvent"]


MessageStopEvent = RawMessageStopEvent
"""Older name of `RawMessageStopEvent`, kept for compatibility."""
