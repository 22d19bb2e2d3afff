from .raw_message_delta_event import RawMessageDeltaEvent

__all__ = ["MessageDeltaEvent"]


MessageDeltaEvent = RawMessageDeltaEvent
"""Older name of `RawMessageDeltaEvent`, kept for compatibility."""
