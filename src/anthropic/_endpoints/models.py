"""``/v1/models`` (also the beta variant)."""

from __future__ import annotations

from typing import Dict, Iterable, Union

from .._types import Omit
from .._utils import path_param
from ._rest import Endpoint, Extras, beta_path, rest_options

__all__ = ["list_models", "retrieve"]


def retrieve(model_id: str, betas: Union[Iterable[object], Omit], extras: Extras, *, beta: bool = False) -> Endpoint:
    path = beta_path(f"/v1/models/{path_param('model_id', model_id)}", beta)
    return Endpoint(path, rest_options(extras, betas=betas))


def list_models(
    query: Dict[str, object], betas: Union[Iterable[object], Omit], extras: Extras, *, beta: bool = False
) -> Endpoint:
    return Endpoint(beta_path("/v1/models", beta), rest_options(extras, betas=betas, query=query))
