"""The stateful endpoints of the fake server (batches, files, skills) over raw HTTP: state and 400s."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import httpx
import pytest

from anthropic.testing import FakeAnthropic, RecordedRequest
from anthropic.testing._errors import ApiError
from anthropic.testing._multipart import parse_form

FILES = {"anthropic-beta": "files-api-2025-04-14"}
SKILLS = {"anthropic-beta": "skills-2025-10-02"}
SKILL_MD = b"---\nname: demo\ndescription: A demo\n---\nbody\n"
PARAMS = {"model": "m", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}


def assert_invalid(response: httpx.Response, fragment: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert fragment in body["error"]["message"], body["error"]["message"]
    assert body["request_id"] == response.headers["request-id"]


# ------------------------------------------------------------------------------------------------------ batches


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "requests: Field required"),
        ({"requests": {}}, "valid list"),
        ({"requests": []}, "at least 1 item"),
        ({"requests": [1]}, "requests.0: Input should be a valid dictionary"),
        ({"requests": [{"params": PARAMS}]}, "requests.0.custom_id"),
        ({"requests": [{"custom_id": "a b", "params": PARAMS}]}, "requests.0.custom_id"),
        ({"requests": [{"custom_id": "a", "params": PARAMS}, {"custom_id": "a", "params": PARAMS}]}, "duplicate"),
        ({"requests": [{"custom_id": "a"}]}, "requests.0.params"),
    ],
)
def test_batch_create_rejects_malformed_requests(client: httpx.Client, body: Dict[str, Any], fragment: str) -> None:
    assert_invalid(client.post("/v1/messages/batches", json=body), fragment)


def test_batch_lifecycle(client: httpx.Client, server: FakeAnthropic) -> None:
    requests = [
        {"custom_id": "ok", "params": PARAMS},
        {"custom_id": "bad", "params": {**PARAMS, "max_tokens": "x"}},
        {"custom_id": "streamed", "params": {**PARAMS, "stream": True}},
    ]
    created = client.post("/v1/messages/batches", json={"requests": requests}).json()
    batch_id = created["id"]
    assert created["processing_status"] == "in_progress" and created["results_url"] is None
    assert created["request_counts"] == {"processing": 3, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
    assert client.get(f"/v1/messages/batches/{batch_id}/results").status_code == 400  # not ended yet

    ended = client.get(f"/v1/messages/batches/{batch_id}").json()
    assert ended["processing_status"] == "ended"
    assert ended["request_counts"]["succeeded"] == 1 and ended["request_counts"]["errored"] == 2
    assert ended["results_url"] == f"{server.url}/v1/messages/batches/{batch_id}/results"
    response = client.get(ended["results_url"])
    assert response.headers["content-type"] == "application/binary"
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [(line["custom_id"], line["result"]["type"]) for line in lines] == [
        ("ok", "succeeded"),
        ("bad", "errored"),
        ("streamed", "errored"),
    ]
    assert lines[0]["result"]["message"]["content"][0]["text"] == "Echo: hi"
    assert lines[2]["result"]["error"]["error"]["message"].startswith("stream:")
    assert client.post(f"/v1/messages/batches/{batch_id}/cancel").json()["processing_status"] == "ended"
    assert client.delete(f"/v1/messages/batches/{batch_id}").json() == {
        "id": batch_id,
        "type": "message_batch_deleted",
    }
    assert client.get(f"/v1/messages/batches/{batch_id}").status_code == 404
    assert client.get("/v1/messages/batches").json()["data"] == []


# -------------------------------------------------------------------------------------------------------- files


def test_files_need_the_beta_header(client: httpx.Client) -> None:
    assert_invalid(client.get("/v1/files"), "anthropic-beta: files-api-2025-04-14")
    assert client.get("/v1/files", headers={"anthropic-beta": "other, files-api-2025-04-14"}).status_code == 200


def test_file_upload_rejects_malformed_requests(client: httpx.Client) -> None:
    assert_invalid(client.post("/v1/files", json={"file": "x"}, headers=FILES), "multipart/form-data")
    assert_invalid(client.post("/v1/files", files={"other": ("a.txt", b"x")}, headers=FILES), "file: Field required")
    assert_invalid(client.post("/v1/files", files={"file": ("a.txt", b"")}, headers=FILES), "empty")
    assert_invalid(client.post("/v1/files", data={"file": "text"}, files={"x": ("a", b"1")}, headers=FILES), "file")
    two: List[Any] = [("file", ("a.txt", b"1")), ("file", ("b.txt", b"2"))]
    assert_invalid(client.post("/v1/files", files=two, headers=FILES), "exactly one")
    broken = {**FILES, "content-type": "multipart/form-data; boundary=xyz"}
    assert_invalid(client.post("/v1/files", content=b"--xyz\r\nno headers", headers=broken), "Malformed multipart")


def test_file_round_trip(client: httpx.Client) -> None:
    content = bytes(range(256)) * 300
    uploaded = client.post("/v1/files", files={"file": ("data.bin", content, "image/png")}, headers=FILES).json()
    assert (uploaded["filename"], uploaded["mime_type"], uploaded["size_bytes"]) == ("data.bin", "image/png", 76_800)
    download = client.get(f"/v1/files/{uploaded['id']}/content", headers=FILES)
    assert download.content == content and download.headers["content-type"] == "image/png"
    assert client.get(f"/v1/files/{uploaded['id']}", headers=FILES).json() == uploaded
    assert client.get("/v1/files", headers=FILES).json()["data"] == [uploaded]
    assert client.delete(f"/v1/files/{uploaded['id']}", headers=FILES).json()["type"] == "file_deleted"
    assert client.get(f"/v1/files/{uploaded['id']}/content", headers=FILES).status_code == 404


def test_multipart_parts_are_views_of_the_body() -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b\r\n' + (
        b'Content-Disposition: form-data; name="f"; filename="x/y.txt"\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n'
    )
    request = RecordedRequest("POST", "/", [("content-type", "multipart/form-data; boundary=b")], body)
    first, second = parse_form(request)
    assert (first.name, first.filename, first.text) == ("a", None, "1")
    assert (second.name, second.filename, second.content_type, bytes(second.data)) == (
        "f",
        "x/y.txt",
        "text/plain",
        b"hi",
    )
    assert second.data.obj is body  # no copy
    with pytest.raises(ApiError, match="closing boundary"):
        parse_form(RecordedRequest("POST", "/", request.header_lines, body[:-10]))


# ------------------------------------------------------------------------------------------------------- skills


def upload_skill(
    client: httpx.Client, path: str = "/v1/skills", files: Optional[Dict[str, bytes]] = None
) -> httpx.Response:
    parts = [("files[]", (name, content)) for name, content in (files or {"demo/SKILL.md": SKILL_MD}).items()]
    return client.post(path, files=parts, headers=SKILLS)


def test_skill_uploads_are_validated(client: httpx.Client) -> None:
    assert_invalid(client.get("/v1/skills"), "skills-2025-10-02")
    assert_invalid(client.post("/v1/skills", data={"display_title": "x"}, files={"x": ("", b"")}, headers=SKILLS), "")
    assert_invalid(upload_skill(client, files={"demo/README.md": b"x"}), "SKILL.md")
    assert_invalid(upload_skill(client, files={"demo/SKILL.md": b"---\nname: x\n---\n"}), "'description'")
    assert_invalid(upload_skill(client, files={"demo/SKILL.md": SKILL_MD, "other/a.py": b""}), "same top-level")


def test_skill_pages_and_versions(client: httpx.Client) -> None:
    ids = [upload_skill(client).json()["id"] for _ in range(3)]
    page = client.get("/v1/skills", params={"limit": 2, "source": "custom"}, headers=SKILLS).json()
    assert [s["id"] for s in page["data"]] == ids[::-1][:2] and page["has_more"] is True
    rest = client.get("/v1/skills", params={"limit": 2, "source": "custom", "page": page["next_page"]}, headers=SKILLS)
    assert [s["id"] for s in rest.json()["data"]] == ids[:1] and rest.json()["next_page"] is None
    assert_invalid(client.get("/v1/skills", params={"page": "garbage"}, headers=SKILLS), "page")
    assert_invalid(client.get("/v1/skills", params={"limit": 0}, headers=SKILLS), "limit")
    assert_invalid(client.get("/v1/skills", params={"source": "mine"}, headers=SKILLS), "source")
    anthropic_skills = client.get("/v1/skills", params={"source": "anthropic"}, headers=SKILLS).json()["data"]
    assert {s["id"] for s in anthropic_skills} == {"xlsx", "pptx", "docx", "pdf"}
    assert client.get("/v1/skills/pdf", headers=SKILLS).json()["source"] == "anthropic"
    assert client.delete("/v1/skills/pdf", headers=SKILLS).status_code == 403

    version = upload_skill(client, f"/v1/skills/{ids[0]}/versions").json()
    assert (version["name"], version["description"], version["directory"]) == ("demo", "A demo", "demo")
    assert int(version["version"]) > 0
    versions = client.get(f"/v1/skills/{ids[0]}/versions", headers=SKILLS).json()["data"]
    assert [v["version"] for v in versions][0] == version["version"] and len(versions) == 2
    assert client.get(f"/v1/skills/{ids[0]}/versions/0", headers=SKILLS).status_code == 404
    assert client.get("/v1/skills/nope/versions", headers=SKILLS).status_code == 404
