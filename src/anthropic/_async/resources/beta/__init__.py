"""``client.beta``: the beta resources (``AsyncBeta`` is in ``.beta``; modules load on first use)."""
