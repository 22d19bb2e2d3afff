"""``/v1/files`` (beta only: ``?beta=true`` + the files beta header)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Union

from .._core.request import Call
from .._types import Omit
from .._utils import path_param
from ._rest import Extras, beta_path, rest_call

__all__ = ["FILES_BETA", "delete", "download", "list_files", "retrieve_metadata", "upload"]

FILES_BETA = "files-api-2025-04-14"


def _one(file_id: str) -> str:
    return f"/v1/files/{path_param('file_id', file_id)}"


def upload(file: object, betas: Union[Iterable[object], Omit], extras: Extras, *, cast_to: Any) -> Call[Any]:
    """A multipart POST with one part, ``file`` (streamed from disk for a path or a file object)."""
    path = beta_path("/v1/files", True)
    return rest_call(
        "post", path, extras, cast_to=cast_to, files=[("file", file)], betas=betas, implicit_beta=FILES_BETA
    )


def list_files(
    query: Dict[str, object], betas: Union[Iterable[object], Omit], extras: Extras, *, page: Any
) -> Call[Any]:
    path = beta_path("/v1/files", True)
    return rest_call("get", path, extras, cast_to=page, query=query, page=page, betas=betas, implicit_beta=FILES_BETA)


def retrieve_metadata(file_id: str, betas: Union[Iterable[object], Omit], extras: Extras, *, cast_to: Any) -> Call[Any]:
    return rest_call(
        "get", beta_path(_one(file_id), True), extras, cast_to=cast_to, betas=betas, implicit_beta=FILES_BETA
    )


def download(file_id: str, betas: Union[Iterable[object], Omit], extras: Extras) -> Call[Any]:
    """The file's content: the result is the binary response itself (read, unless streamed)."""
    path = beta_path(f"{_one(file_id)}/content", True)
    call = rest_call(
        "get",
        path,
        extras,
        cast_to=bytes,
        headers={"Accept": "application/binary"},
        betas=betas,
        implicit_beta=FILES_BETA,
    )
    return call.replace(binary=True)


def delete(file_id: str, betas: Union[Iterable[object], Omit], extras: Extras, *, cast_to: Any) -> Call[Any]:
    return rest_call(
        "delete", beta_path(_one(file_id), True), extras, cast_to=cast_to, betas=betas, implicit_beta=FILES_BETA
    )
