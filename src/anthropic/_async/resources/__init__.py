"""Async resources (hand-written); ``anthropic._sync.resources`` is generated from them."""
