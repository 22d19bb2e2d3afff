"""Pure endpoint builders: a method's arguments in, the path, ``options`` and body that the
resource passes to the client's verb out. Written once, used by both the sync and the async front."""
