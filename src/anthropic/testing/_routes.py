"""The default responder's routing table. Add a `Route(method, path_regex, handler)` here to serve more."""

from __future__ import annotations

from typing import Tuple

from . import _batches, _complete, _files_api, _messages, _model_list, _skills
from ._responder import Route

__all__ = ["ROUTES"]

ROUTES: Tuple[Route, ...] = (
    Route("POST", r"/v1/messages", _messages.create),
    Route("POST", r"/v1/messages/count_tokens", _messages.count_tokens),
    Route("POST", r"/v1/complete", _complete.complete),
    Route("GET", r"/v1/models", _model_list.list_models),
    Route("GET", r"/v1/models/(?P<model_id>[^/]+)", _model_list.retrieve_model),
    # message batches (stateful: see _batches.py)
    Route("POST", r"/v1/messages/batches", _batches.create),
    Route("GET", r"/v1/messages/batches", _batches.list_batches),
    Route("GET", r"/v1/messages/batches/(?P<batch_id>[^/]+)", _batches.retrieve),
    Route("DELETE", r"/v1/messages/batches/(?P<batch_id>[^/]+)", _batches.delete),
    Route("POST", r"/v1/messages/batches/(?P<batch_id>[^/]+)/cancel", _batches.cancel),
    Route("GET", r"/v1/messages/batches/(?P<batch_id>[^/]+)/results", _batches.results),
    # files (stateful: see _files_api.py)
    Route("POST", r"/v1/files", _files_api.upload),
    Route("GET", r"/v1/files", _files_api.list_files),
    Route("GET", r"/v1/files/(?P<file_id>[^/]+)", _files_api.retrieve),
    Route("DELETE", r"/v1/files/(?P<file_id>[^/]+)", _files_api.delete),
    Route("GET", r"/v1/files/(?P<file_id>[^/]+)/content", _files_api.download),
    # skills and their versions (stateful: see _skills.py)
    Route("POST", r"/v1/skills", _skills.create),
    Route("GET", r"/v1/skills", _skills.list_skills),
    Route("GET", r"/v1/skills/(?P<skill_id>[^/]+)", _skills.retrieve),
    Route("DELETE", r"/v1/skills/(?P<skill_id>[^/]+)", _skills.delete),
    Route("POST", r"/v1/skills/(?P<skill_id>[^/]+)/versions", _skills.create_version),
    Route("GET", r"/v1/skills/(?P<skill_id>[^/]+)/versions", _skills.list_versions),
    Route("GET", r"/v1/skills/(?P<skill_id>[^/]+)/versions/(?P<version>[^/]+)", _skills.retrieve_version),
    Route("DELETE", r"/v1/skills/(?P<skill_id>[^/]+)/versions/(?P<version>[^/]+)", _skills.delete_version),
)
