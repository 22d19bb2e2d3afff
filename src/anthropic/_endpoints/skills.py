"""``/v1/skills`` and ``/v1/skills/{skill_id}/versions`` (beta only: ``?beta=true`` + the skills
beta header)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Union, cast

from .._types import Omit
from .._utils import path_param
from ._rest import Endpoint, Extras, beta_path, rest_options

__all__ = [
    "SKILLS_BETA",
    "create",
    "create_version",
    "list_skills",
    "list_versions",
    "skill",
    "version",
]

SKILLS_BETA = "skills-2025-10-02"

Betas = Union[Iterable[object], Omit]

_MULTIPART = {"Content-Type": "multipart/form-data"}


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


def create(body: Dict[str, object], files: object, betas: Betas, extras: Extras) -> Endpoint:
    """A multipart POST: the ``display_title`` text part (if given), then the file parts."""
    options = rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA, headers=_MULTIPART)
    return Endpoint(beta_path("/v1/skills", True), options, body=body, files=_file_parts(files))


def skill(skill_id: str, betas: Betas, extras: Extras) -> Endpoint:
    """``retrieve`` and ``delete`` of one skill."""
    return Endpoint(beta_path(_skill(skill_id), True), rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA))


def list_skills(query: Dict[str, object], betas: Betas, extras: Extras) -> Endpoint:
    options = rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA, query=query)
    return Endpoint(beta_path("/v1/skills", True), options)


def create_version(skill_id: str, files: object, betas: Betas, extras: Extras) -> Endpoint:
    options = rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA, headers=_MULTIPART)
    return Endpoint(beta_path(f"{_skill(skill_id)}/versions", True), options, body={}, files=_file_parts(files))


def version(version: str, skill_id: str, betas: Betas, extras: Extras) -> Endpoint:
    """``retrieve`` and ``delete`` of one version."""
    path = beta_path(_version(skill_id, version), True)
    return Endpoint(path, rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA))


def list_versions(skill_id: str, query: Dict[str, object], betas: Betas, extras: Extras) -> Endpoint:
    options = rest_options(extras, betas=betas, implicit_beta=SKILLS_BETA, query=query)
    return Endpoint(beta_path(f"{_skill(skill_id)}/versions", True), options)
