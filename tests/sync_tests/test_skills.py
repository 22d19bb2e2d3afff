# File generated from tests/async_tests/test_skills.py by tools/unasync.py. Do not edit.
"""beta.skills and beta.skills.versions: multipart uploads with relative paths, page-cursor lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Tuple

import pytest

import anthropic
from anthropic import Anthropic
from anthropic._legacy_response import LegacyAPIResponse
from anthropic.lib import files_from_dir
from anthropic.pagination import SyncPageCursor
from anthropic.testing import FakeAnthropic
from anthropic.types.beta import (
    SkillCreateResponse,
    SkillDeleteResponse,
    SkillListResponse,
    SkillRetrieveResponse,
)
from anthropic.types.beta.skills import (
    VersionCreateResponse,
    VersionDeleteResponse,
    VersionListResponse,
    VersionRetrieveResponse,
)

pytestmark = pytest.mark.anyio

SKILLS_BETA = "skills-2025-10-02"
SKILL_MD = b"---\nname: greeter\ndescription: Says hello\n---\n\nGreet the user.\n"


def skill_files(directory: str = "greeter", description: str = "Says hello") -> List[Any]:
    skill_md = SKILL_MD.replace(b"Says hello", description.encode())
    return [(f"{directory}/SKILL.md", skill_md), (f"{directory}/scripts/hello.py", b"print('hello')\n")]


def parts(server: FakeAnthropic) -> List[Tuple[Any, ...]]:
    return [(p.name, p.filename, p.content_type, p.data) for p in server.last_request.multipart()]


def test_create(client: Anthropic, server: FakeAnthropic) -> None:
    skill = client.beta.skills.create(display_title="Greeter", files=skill_files())
    assert isinstance(skill, SkillCreateResponse)
    assert skill.id.startswith("skill_") and skill.type == "skill" and skill.source == "custom"
    assert skill.display_title == "Greeter" and skill.latest_version is not None
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("POST", "/v1/skills?beta=true")
    assert sent.headers["anthropic-beta"] == SKILLS_BETA
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    # only the real parts: the title, then one `files[]` part per file (relative paths kept from tuples)
    assert parts(server) == [
        ("display_title", None, None, b"Greeter"),
        ("files[]", "greeter/SKILL.md", "text/markdown", SKILL_MD),
        ("files[]", "greeter/scripts/hello.py", "text/x-python", b"print('hello')\n"),
    ]


def test_a_path_keeps_only_its_name(client: Anthropic, server: FakeAnthropic, tmp_path: Path) -> None:
    extra = tmp_path / "greeter" / "notes.txt"
    extra.parent.mkdir()
    extra.write_bytes(b"a note")
    with pytest.raises(anthropic.BadRequestError, match="not inside a top-level directory"):
        client.beta.skills.create(files=[*skill_files(), extra], betas=["b-1"])
    assert parts(server)[-1] == ("files[]", "notes.txt", "text/plain", b"a note")
    assert server.last_request.headers["anthropic-beta"] == f"b-1,{SKILLS_BETA}"


def test_create_without_title_or_files(client: Anthropic, server: FakeAnthropic) -> None:
    skill = client.beta.skills.create(files=skill_files(), display_title=None)
    assert skill.display_title is None
    assert [p[0] for p in parts(server)] == ["files[]", "files[]"]
    with pytest.raises(anthropic.BadRequestError, match="at least one file"):
        client.beta.skills.create()
    assert server.last_request.multipart() == []  # still a multipart request, an empty one
    assert server.last_request.headers["content-type"].startswith("multipart/form-data; boundary=")


def test_the_fake_api_validates_the_layout(client: Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError, match="SKILL.md"):
        client.beta.skills.create(files=[("greeter/other.md", b"x")])
    with pytest.raises(anthropic.BadRequestError, match="same top-level directory"):
        client.beta.skills.create(files=[*skill_files(), ("other/x.py", b"")])
    with pytest.raises(anthropic.BadRequestError, match="top-level directory"):
        client.beta.skills.create(files=[("SKILL.md", SKILL_MD)])
    with pytest.raises(anthropic.BadRequestError, match="front matter"):
        client.beta.skills.create(files=[("greeter/SKILL.md", b"# no front matter")])


def test_files_from_dir(client: Anthropic, server: FakeAnthropic, tmp_path: Path) -> None:
    root = tmp_path / "greeter"
    (root / "scripts").mkdir(parents=True)
    (root / "SKILL.md").write_bytes(SKILL_MD)
    (root / "scripts" / "hello.py").write_bytes(b"print(1)")
    files = files_from_dir(root)
    assert sorted(files) == [("greeter/SKILL.md", SKILL_MD), ("greeter/scripts/hello.py", b"print(1)")]  # type: ignore[type-var]
    version = client.beta.skills.versions.create((client.beta.skills.create(files=files)).id, files=files)
    assert version.directory == "greeter"
    assert sorted(p[1] for p in parts(server)) == ["greeter/SKILL.md", "greeter/scripts/hello.py"]


def test_retrieve_list_and_delete(client: Anthropic, server: FakeAnthropic) -> None:
    created = [(client.beta.skills.create(files=skill_files(f"s{i}"))).id for i in range(5)]
    server.reset()
    skill = client.beta.skills.retrieve(created[0])
    assert isinstance(skill, SkillRetrieveResponse) and skill.id == created[0]
    assert (server.last_request.method, server.last_request.raw_path) == ("GET", f"/v1/skills/{created[0]}?beta=true")

    first = client.beta.skills.list(limit=2, source="custom")
    assert isinstance(first, SyncPageCursor) and isinstance(first.data[0], SkillListResponse)
    assert first.has_more is True and first.next_page
    server.reset()
    listed = [s.id for s in client.beta.skills.list(limit=2, source="custom")]
    assert listed == created[::-1]
    paths = [r.raw_path for r in server.requests]
    assert len(paths) == 3
    assert paths[0] == "/v1/skills?beta=true&limit=2&source=custom"
    assert paths[1].startswith("/v1/skills?beta=true&limit=2&source=custom&page=")
    assert {r.headers["anthropic-beta"] for r in server.requests} == {SKILLS_BETA}
    second = first.get_next_page()
    assert [s.id for s in second.data] == listed[2:4]

    everything = [s for s in client.beta.skills.list()]
    assert {s.source for s in everything} == {"custom", "anthropic"}
    builtin = [s.id for s in client.beta.skills.list(source="anthropic", page=None)]
    assert builtin and server.last_request.raw_path == "/v1/skills?beta=true&source=anthropic"

    with pytest.raises(anthropic.BadRequestError, match="version"):  # its versions must go first
        client.beta.skills.delete(created[0])
    version = (client.beta.skills.retrieve(created[0])).latest_version
    assert version is not None
    client.beta.skills.versions.delete(version, skill_id=created[0])
    deleted = client.beta.skills.delete(created[0], betas=["x"])
    assert isinstance(deleted, SkillDeleteResponse)
    assert (deleted.id, deleted.type) == (created[0], "skill_deleted")
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("DELETE", f"/v1/skills/{created[0]}?beta=true")
    assert sent.headers["anthropic-beta"] == f"x,{SKILLS_BETA}"
    with pytest.raises(anthropic.NotFoundError):
        client.beta.skills.retrieve(created[0])


def test_versions(client: Anthropic, server: FakeAnthropic) -> None:
    skill = client.beta.skills.create(files=skill_files())
    versions = client.beta.skills.versions
    created = [versions.create(skill.id, files=skill_files(description=f"v{i}")) for i in range(4)]
    assert all(isinstance(v, VersionCreateResponse) for v in created)
    assert (created[0].skill_id, created[0].name, created[0].description) == (skill.id, "greeter", "v0")
    assert created[0].type == "skill_version" and created[0].directory == "greeter"
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("POST", f"/v1/skills/{skill.id}/versions?beta=true")
    assert [p[:2] for p in parts(server)] == [("files[]", "greeter/SKILL.md"), ("files[]", "greeter/scripts/hello.py")]
    assert (client.beta.skills.retrieve(skill.id)).latest_version == created[-1].version

    server.reset()
    listed = [v for v in versions.list(skill.id, limit=2)]
    assert all(isinstance(v, VersionListResponse) for v in listed)
    assert [v.version for v in listed][:4] == [v.version for v in created[::-1]] and len(listed) == 5
    assert [r.raw_path.split("&page=")[0] for r in server.requests] == [
        f"/v1/skills/{skill.id}/versions?beta=true&limit=2"
    ] * 3

    one = versions.retrieve(created[1].version, skill_id=skill.id)
    assert isinstance(one, VersionRetrieveResponse) and one.description == "v1"
    assert server.last_request.raw_path == f"/v1/skills/{skill.id}/versions/{created[1].version}?beta=true"
    deleted = versions.delete(created[-1].version, skill_id=skill.id)
    assert isinstance(deleted, VersionDeleteResponse) and deleted.type == "skill_version_deleted"
    assert (server.last_request.method, server.last_request.headers["anthropic-beta"]) == ("DELETE", SKILLS_BETA)
    assert (client.beta.skills.retrieve(skill.id)).latest_version == created[-2].version
    with pytest.raises(anthropic.NotFoundError):
        versions.retrieve(created[-1].version, skill_id=skill.id)


def test_empty_ids(client: Anthropic, server: FakeAnthropic) -> None:
    skill_id = "Expected a non-empty value for `skill_id` but received ''"
    version = "Expected a non-empty value for `version` but received ''"
    skills, versions = client.beta.skills, client.beta.skills.versions
    for call, message in [
        (lambda: skills.retrieve(""), skill_id),
        (lambda: skills.delete(""), skill_id),
        (lambda: versions.create(""), skill_id),
        (lambda: versions.retrieve("", skill_id=""), skill_id),  # skill_id is checked first
        (lambda: versions.retrieve("", skill_id="s"), version),
        (lambda: versions.delete("", skill_id="s"), version),
    ]:
        with pytest.raises(ValueError) as info:
            call()
        assert str(info.value) == message
    with pytest.raises(ValueError, match="skill_id"):
        versions.list("")
    assert server.requests == []


def test_raw_and_streaming_trees(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.beta.skills.with_raw_response.create(files=skill_files())
    assert isinstance(raw, LegacyAPIResponse)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    skill = raw.parse()
    raw_versions = client.with_raw_response.beta.skills.versions.list(skill.id)
    version = raw_versions.parse().data[0]
    with client.beta.skills.with_streaming_response.versions.retrieve(version.version, skill_id=skill.id) as response:
        assert (response.parse()).id == version.id
    with client.beta.with_streaming_response.skills.retrieve(skill.id) as response:
        assert (response.parse()).id == skill.id
    raw_delete = client.beta.skills.versions.with_raw_response.delete(version.version, skill_id=skill.id)
    assert raw_delete.parse().type == "skill_version_deleted"
