from .raw_content_block_start_event import RawContentBlockStartEvent

__all__ = ["ContentBlockStartEvent"]


ContentBlockStartEvent = RawContentBlockStartEvent
"""Older name of `RawContentBlockStartEvent`, kept for compatibility."""
