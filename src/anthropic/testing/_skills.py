"""`/v1/skills` and `/v1/skills/{skill_id}/versions` of the default responder (in-memory; the
`skills-2025-10-02` beta header is required).

A skill (or a new version) is uploaded as multipart `files[]` parts whose filenames keep their relative paths:
all under one top-level directory holding a `SKILL.md` that starts with YAML front matter giving `name` and
`description`. Creating a skill creates its first version. Lists are paginated with an opaque `page` token
(`next_page`); a skill can be deleted once all its versions are. Four Anthropic skills (`source: "anthropic"`)
are always listed.
"""

from __future__ import annotations

import base64
import re
from typing import Any, Dict, List, Optional, Sequence, Set, Tuple
from urllib.parse import unquote

from ._errors import ApiError
from ._files_api import require_beta
from ._multipart import FormPart, parse_form
from ._reply import Reply
from ._responder import RequestContext
from ._store import Skill, SkillVersion, iso_now

__all__ = [
    "ANTHROPIC_SKILLS",
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
_CREATED = "2025-10-16T00:00:00.000000Z"

ANTHROPIC_SKILLS: Tuple[Dict[str, Any], ...] = tuple(
    {
        "id": skill_id,
        "type": "skill",
        "source": "anthropic",
        "display_title": title,
        "latest_version": "20251013",
        "created_at": _CREATED,
        "updated_at": _CREATED,
    }
    for skill_id, title in (("xlsx", "Excel"), ("pptx", "PowerPoint"), ("docx", "Word"), ("pdf", "PDF"))
)

_DIGITS = re.compile(r"[0-9]+")


# -------------------------------------------------------------------------------------------------- validation


def _front_matter(text: str) -> Dict[str, str]:
    """`key: value` lines of the YAML front matter that opens a SKILL.md (`---` ... `---`)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    found: Dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return found
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            found[key.strip()] = value.strip().strip("\"'")
    return {}  # never closed


def _skill_files(parts: Sequence[FormPart]) -> Tuple[Dict[str, Any], Dict[str, memoryview]]:
    """The version fields (`directory`, `name`, `description`) and files of an upload, or a 400."""
    files = [part for part in parts if part.name in ("files[]", "files")]
    if not files:
        raise ApiError.invalid("files: at least one file is required")
    directories: Set[str] = set()
    contents: Dict[str, memoryview] = {}
    for part in files:
        path = part.filename
        if not path:
            raise ApiError.invalid("files: every file part needs a filename")
        top, sep, rest = path.partition("/")
        if not sep or not top or not rest:
            raise ApiError.invalid(f"files: {path!r} is not inside a top-level directory (like 'my-skill/SKILL.md')")
        directories.add(top)
        contents[path] = part.data
    if len(directories) > 1:
        raise ApiError.invalid(f"files: all files must be in the same top-level directory, got {sorted(directories)}")
    directory = directories.pop()
    skill_md = contents.get(f"{directory}/SKILL.md")
    if skill_md is None:
        raise ApiError.invalid(f"files: a SKILL.md file is required at the root of {directory!r}")
    meta = _front_matter(bytes(skill_md).decode("utf-8", "replace"))
    for key in ("name", "description"):
        if not meta.get(key):
            raise ApiError.invalid(f"SKILL.md: the YAML front matter must set {key!r}")
    return {"directory": directory, "name": meta["name"], "description": meta["description"]}, contents


def _display_title(parts: Sequence[FormPart]) -> Optional[str]:
    for part in parts:
        if part.name == "display_title" and part.filename is None:
            return part.text
    return None


# -------------------------------------------------------------------------------------------------- pagination


def _limit(query: Dict[str, str], default: int = 20, maximum: int = 100) -> int:
    raw = query.get("limit")
    if raw is None or raw == "":
        return default
    if not _DIGITS.fullmatch(raw.strip()):
        raise ApiError.invalid("limit: Input should be a valid integer")
    value = int(raw)
    if not 1 <= value <= maximum:
        raise ApiError.invalid(f"limit: Input should be between 1 and {maximum}")
    return value


def _token(kind: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{offset}".encode()).decode("ascii").rstrip("=")


def _offset(kind: str, token: Optional[str]) -> int:
    if not token:
        return 0
    try:
        decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except ValueError:
        decoded = ""
    prefix, _, number = decoded.partition(":")
    if prefix != kind or not _DIGITS.fullmatch(number):
        raise ApiError.invalid("page: invalid page token")
    return int(number)


def _page(kind: str, items: List[Dict[str, Any]], query: Dict[str, str]) -> Dict[str, Any]:
    """`{data, has_more, next_page}`: `limit` items from the `page` token's position."""
    limit = _limit(query)
    start = _offset(kind, query.get("page"))
    data = items[start : start + limit]
    has_more = start + limit < len(items)
    return {"data": data, "has_more": has_more, "next_page": _token(kind, start + limit) if has_more else None}


# ---------------------------------------------------------------------------------------------------- handlers


def _skill(ctx: RequestContext, match: re.Match[str]) -> Skill:
    skill_id = unquote(match.group("skill_id"))
    skill = ctx.store.skills.get(skill_id)
    if skill is None:
        raise ApiError.not_found(f"skill: {skill_id}")
    return skill


def _new_version(ctx: RequestContext, skill: Skill, fields: Dict[str, Any], files: Dict[str, memoryview]) -> Any:
    version = ctx.store.next_version()
    data: Dict[str, Any] = {
        "id": ctx.ids.next("skillver"),
        "type": "skill_version",
        "skill_id": skill.data["id"],
        "version": version,
        **fields,
        "created_at": iso_now(),
    }
    skill.versions[version] = SkillVersion(data=data, files=files)
    skill.data.update(latest_version=version, updated_at=data["created_at"])
    return data


def _anthropic_skill(skill_id: str) -> Optional[Dict[str, Any]]:
    return next((skill for skill in ANTHROPIC_SKILLS if skill["id"] == skill_id), None)


def create(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    parts = parse_form(ctx.request)
    fields, files = _skill_files(parts)
    now = iso_now()
    skill = Skill(
        data={
            "id": ctx.ids.next("skill"),
            "type": "skill",
            "source": "custom",
            "display_title": _display_title(parts),
            "latest_version": None,
            "created_at": now,
            "updated_at": now,
        }
    )
    with ctx.store.lock:
        ctx.store.skills[skill.data["id"]] = skill
        _new_version(ctx, skill, fields, files)
        return Reply(json=dict(skill.data))


def list_skills(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    source = ctx.request.query.get("source") or None
    if source not in (None, "custom", "anthropic"):
        raise ApiError.invalid("source: Input should be 'custom' or 'anthropic'")
    with ctx.store.lock:
        custom = [dict(skill.data) for skill in reversed(ctx.store.skills.values())]  # most recent first
    items = [item for item in [*custom, *ANTHROPIC_SKILLS] if source is None or item["source"] == source]
    return Reply(json=_page("skills", items, ctx.request.query))


def retrieve(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    builtin = _anthropic_skill(unquote(match.group("skill_id")))
    if builtin is not None:
        return Reply(json=builtin)
    with ctx.store.lock:
        return Reply(json=dict(_skill(ctx, match).data))


def delete(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    if _anthropic_skill(unquote(match.group("skill_id"))) is not None:
        raise ApiError(403, "Anthropic skills cannot be deleted")
    with ctx.store.lock:
        skill = _skill(ctx, match)
        if skill.versions:
            raise ApiError.invalid(
                f"Skill {skill.data['id']} still has {len(skill.versions)} version(s): delete them before the skill"
            )
        del ctx.store.skills[skill.data["id"]]
    return Reply(json={"id": skill.data["id"], "type": "skill_deleted"})


def create_version(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    fields, files = _skill_files(parse_form(ctx.request))
    with ctx.store.lock:
        skill = _skill(ctx, match)
        return Reply(json=dict(_new_version(ctx, skill, fields, files)))


def list_versions(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    with ctx.store.lock:
        skill = _skill(ctx, match)
        versions = [dict(version.data) for version in reversed(skill.versions.values())]  # newest first
    return Reply(json=_page(f"versions/{skill.data['id']}", versions, ctx.request.query))


def _version(ctx: RequestContext, match: re.Match[str]) -> Tuple[Skill, SkillVersion]:
    skill = _skill(ctx, match)
    version_id = unquote(match.group("version"))
    version = skill.versions.get(version_id)
    if version is None:
        raise ApiError.not_found(f"skill version: {version_id}")
    return skill, version


def retrieve_version(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    with ctx.store.lock:
        return Reply(json=dict(_version(ctx, match)[1].data))


def delete_version(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, SKILLS_BETA, "Skills")
    with ctx.store.lock:
        skill, version = _version(ctx, match)
        del skill.versions[version.data["version"]]
        latest = next(reversed(skill.versions.values()), None) if skill.versions else None
        skill.data.update(latest_version=latest.data["version"] if latest is not None else None, updated_at=iso_now())
    return Reply(json={"id": version.data["version"], "type": "skill_version_deleted"})
