"""``/v1/files`` (beta only: ``?beta=true`` + the files beta header)."""

from __future__ import annotations

from typing import Dict, Iterable, Union

from .._types import Omit
from .._utils import path_param
from ._rest import Endpoint, Extras, beta_path, rest_options

__all__ = ["FILES_BETA", "delete", "download", "list_files", "retrieve_metadata", "upload"]

FILES_BETA = "files-api-2025-04-14"

Betas = Union[Iterable[object], Omit]


def _one(file_id: str) -> str:
    return f"/v1/files/{path_param('file_id', file_id)}"


def upload(file: object, betas: Betas, extras: Extras) -> Endpoint:
    """A multipart POST with one part, ``file`` (streamed from disk for a path or a file object)."""
    options = rest_options(
        extras, betas=betas, implicit_beta=FILES_BETA, headers={"Content-Type": "multipart/form-data"}
    )
    return Endpoint(beta_path("/v1/files", True), options, body={}, files=[("file", file)])


def list_files(query: Dict[str, object], betas: Betas, extras: Extras) -> Endpoint:
    options = rest_options(extras, betas=betas, implicit_beta=FILES_BETA, query=query)
    return Endpoint(beta_path("/v1/files", True), options)


def retrieve_metadata(file_id: str, betas: Betas, extras: Extras) -> Endpoint:
    return Endpoint(beta_path(_one(file_id), True), rest_options(extras, betas=betas, implicit_beta=FILES_BETA))


def download(file_id: str, betas: Betas, extras: Extras) -> Endpoint:
    """The file's content (the result is a binary response: read, unless streamed)."""
    options = rest_options(extras, betas=betas, implicit_beta=FILES_BETA, headers={"Accept": "application/binary"})
    return Endpoint(beta_path(f"{_one(file_id)}/content", True), options)


def delete(file_id: str, betas: Betas, extras: Extras) -> Endpoint:
    return Endpoint(beta_path(_one(file_id), True), rest_options(extras, betas=betas, implicit_beta=FILES_BETA))
