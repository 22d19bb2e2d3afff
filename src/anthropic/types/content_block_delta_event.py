from .raw_content_block_delta_event import RawContentBlockDeltaEvent

__all__ = ["ContentBlockDeltaEvent"]


ContentBlockDeltaEvent = RawContentBlockDeltaEvent
"""Older name of `RawContentBlockDeltaEvent`, kept for compatibility."""
