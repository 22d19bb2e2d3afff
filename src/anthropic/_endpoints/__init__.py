"""Pure endpoint builders: keyword arguments in, a ``Call`` out. Written once, used by
both the sync and the async front."""
