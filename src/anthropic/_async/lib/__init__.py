"""The async helpers of ``anthropic.lib`` (``anthropic._sync.lib`` is generated from ``anthropic._async.lib``)."""
