"""``/v1/skills`` and ``/v1/skills/{skill_id}/versions`` (beta only: ``?beta=true`` + the skills
beta header)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Union, cast

from .._core.request import Call
from .._types import Omit
from .._utils import path_param
from ._rest import Extras, beta_path, rest_call

__all__ = [
    "SKILLS_BETA",
    "create",
    "create_version",
    "delete",
    "delete_version",
    "list_skills",
    "list_versions",
    "retrieve",
    "retrieve_version",
]

SKILLS_BETA = "skills-2025-10-02"

Betas = Union[Iterable[object], Omit]


def _skill(skill_id: str) -> str:
    return f"/v1/skills/{path_param('skill_id', skill_id)}"


def _version(skill_id: str, version: str) -> str:
    skill = _skill(skill_id)  # checked first, as the reference does
    return f"{skill}/versions/{path_param('version', version)}"


def _file_parts(files: object) -> List[Tuple[str, Any]]:
    """One ``files[]`` part per file, nothing else (a tuple keeps its relative path)."""
    if files is None or isinstance(files, Omit):
        return []
    return [("files[]", f) for f in cast(Iterable[object], files)]


def create(body: Dict[str, object], files: object, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    """A multipart POST: the ``display_title`` text part (if given), then the file parts."""
    return rest_call(
        "post",
        beta_path("/v1/skills", True),
        extras,
        cast_to=cast_to,
        body=body,
        files=_file_parts(files),
        betas=betas,
        implicit_beta=SKILLS_BETA,
    )


def retrieve(skill_id: str, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    path = beta_path(_skill(skill_id), True)
    return rest_call("get", path, extras, cast_to=cast_to, betas=betas, implicit_beta=SKILLS_BETA)


def list_skills(query: Dict[str, object], betas: Betas, extras: Extras, *, page: Any) -> Call[Any]:
    return rest_call(
        "get",
        beta_path("/v1/skills", True),
        extras,
        cast_to=page,
        query=query,
        page=page,
        betas=betas,
        implicit_beta=SKILLS_BETA,
    )


def delete(skill_id: str, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    path = beta_path(_skill(skill_id), True)
    return rest_call("delete", path, extras, cast_to=cast_to, betas=betas, implicit_beta=SKILLS_BETA)


def create_version(skill_id: str, files: object, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    return rest_call(
        "post",
        beta_path(f"{_skill(skill_id)}/versions", True),
        extras,
        cast_to=cast_to,
        files=_file_parts(files),
        betas=betas,
        implicit_beta=SKILLS_BETA,
    )


def retrieve_version(version: str, skill_id: str, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    path = beta_path(_version(skill_id, version), True)
    return rest_call("get", path, extras, cast_to=cast_to, betas=betas, implicit_beta=SKILLS_BETA)


def list_versions(skill_id: str, query: Dict[str, object], betas: Betas, extras: Extras, *, page: Any) -> Call[Any]:
    return rest_call(
        "get",
        beta_path(f"{_skill(skill_id)}/versions", True),
        extras,
        cast_to=page,
        query=query,
        page=page,
        betas=betas,
        implicit_beta=SKILLS_BETA,
    )


def delete_version(version: str, skill_id: str, betas: Betas, extras: Extras, *, cast_to: Any) -> Call[Any]:
    path = beta_path(_version(skill_id, version), True)
    return rest_call("delete", path, extras, cast_to=cast_to, betas=betas, implicit_beta=SKILLS_BETA)
