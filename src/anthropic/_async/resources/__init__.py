"""Async resources (``anthropic._sync.resources`` is generated from ``anthropic._async.resources``)."""
