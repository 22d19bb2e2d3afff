"""The default responder's routing table. Add a `Route(method, path_regex, handler)` here to serve more."""

from __future__ import annotations

from typing import Tuple

from . import _messages, _model_list
from ._responder import Route

__all__ = ["ROUTES"]

ROUTES: Tuple[Route, ...] = (
    Route("POST", r"/v1/messages", _messages.create),
    Route("POST", r"/v1/messages/count_tokens", _messages.count_tokens),
    Route("GET", r"/v1/models", _model_list.list_models),
    Route("GET", r"/v1/models/(?P<model_id>[^/]+)", _model_list.retrieve_model),
)
