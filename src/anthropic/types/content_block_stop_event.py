from .raw_content_block_stop_event import RawContentBlockStopEvent

__all__ = ["ContentBlockStopEvent"]


ContentBlockStopEvent = RawContentBlockStopEvent
"""Older name of `RawContentBlockStopEvent`, kept for compatibility."""
