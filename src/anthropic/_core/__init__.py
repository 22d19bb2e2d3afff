"""Mode-free core: no I/O, no event loop; shared by the sync and async clients."""
