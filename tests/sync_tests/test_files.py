# File generated from tests/async_tests/test_files.py by tools/unasync.py. Do not edit.
"""beta.files: upload (every input kind), list, retrieve_metadata, download (plain, raw, streamed), delete."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any, List

import pytest

import anthropic
from anthropic import Anthropic, omit
from anthropic._files import file_from_path
from anthropic._legacy_response import LegacyAPIResponse
from anthropic._response import BinaryAPIResponse, StreamedBinaryAPIResponse
from anthropic.pagination import SyncPage
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types.beta import DeletedFile, FileMetadata

pytestmark = pytest.mark.anyio

FILES_BETA = "files-api-2025-04-14"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> List[IO[bytes]]:
    """Every file the SDK opens for an upload (to check that each is closed)."""
    import anthropic._files

    handles: List[IO[bytes]] = []

    def tracking_open(path: Any, mode: str = "r") -> IO[bytes]:
        handle: IO[bytes] = open(path, mode)
        handles.append(handle)
        return handle

    monkeypatch.setattr(anthropic._files, "open", tracking_open, raising=False)
    return handles


def parts(server: FakeAnthropic) -> List[Any]:
    return [(p.name, p.filename, p.content_type, p.data) for p in server.last_request.multipart()]


def test_upload_a_path(client: Anthropic, server: FakeAnthropic, tmp_path: Path, opened: List[IO[bytes]]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello files")
    uploaded = client.beta.files.upload(file=path)
    assert isinstance(uploaded, FileMetadata)
    assert uploaded.id.startswith("file_") and uploaded.type == "file"
    assert (uploaded.filename, uploaded.mime_type, uploaded.size_bytes) == ("notes.txt", "text/plain", 11)
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("POST", "/v1/files?beta=true")
    assert sent.headers["anthropic-beta"] == FILES_BETA
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["content-length"] == str(len(sent.body))  # streamed, with a known length
    assert parts(server) == [("file", "notes.txt", "text/plain", b"hello files")]
    assert len(opened) == 1 and opened[0].closed


def test_upload_other_inputs(client: Anthropic, server: FakeAnthropic, tmp_path: Path) -> None:
    client.beta.files.upload(file=b"\x00raw bytes")
    assert parts(server) == [("file", "upload", "application/octet-stream", b"\x00raw bytes")]

    path = tmp_path / "data.json"
    path.write_bytes(b'{"a": 1}')
    with open(path, "rb") as handle:
        client.beta.files.upload(file=handle)
        assert not handle.closed  # the caller's file stays the caller's
    assert parts(server) == [("file", "data.json", "application/json", b'{"a": 1}')]

    client.beta.files.upload(file=io.BytesIO(b"in memory"))
    assert parts(server) == [("file", "upload", "application/octet-stream", b"in memory")]

    client.beta.files.upload(file=("dir/report.csv", b"a,b\n1,2\n", "text/csv"))
    assert parts(server) == [("file", "dir/report.csv", "text/csv", b"a,b\n1,2\n")]

    client.beta.files.upload(file=("renamed.md", path))
    assert parts(server) == [("file", "renamed.md", "text/markdown", b'{"a": 1}')]

    client.beta.files.upload(file=file_from_path(str(path)))
    assert parts(server) == [("file", "data.json", "application/json", b'{"a": 1}')]


def test_upload_form_fields_and_betas(client: Anthropic, server: FakeAnthropic) -> None:
    client.beta.files.upload(file=b"x", betas=["a-1"], extra_body={"purpose": "test"})
    assert server.last_request.headers["anthropic-beta"] == f"a-1,{FILES_BETA}"
    assert parts(server) == [
        ("purpose", None, None, b"test"),
        ("file", "upload", "application/octet-stream", b"x"),
    ]


def test_upload_retry_resends_the_whole_file(
    client: Anthropic, server: FakeAnthropic, tmp_path: Path, opened: List[IO[bytes]]
) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 1000)
    server.enqueue(Reply(status=500), method="POST", path="/v1/files")
    uploaded = client.beta.files.upload(file=path)
    assert uploaded.size_bytes == 256_000
    first, second = server.requests
    assert first.multipart()[0].data == second.multipart()[0].data == path.read_bytes()
    assert len(opened) == 1 and opened[0].closed  # opened once per call, closed after the retries


def test_failed_upload_closes_its_file(
    client: Anthropic, server: FakeAnthropic, tmp_path: Path, opened: List[IO[bytes]]
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"a")
    server.enqueue(Reply(status=400), method="POST")
    with pytest.raises(anthropic.BadRequestError):
        client.beta.files.upload(file=path)
    assert len(opened) == 1 and opened[0].closed


def test_bad_file_input(client: Anthropic, server: FakeAnthropic) -> None:
    with pytest.raises(RuntimeError) as info:
        client.beta.files.upload(file="not a path object")  # type: ignore[arg-type]
    assert str(info.value) == (
        "Expected entry at `file` to be bytes, an io.IOBase instance, PathLike or a tuple but received "
        "<class 'str'> instead. See https://github.com/anthropics/anthropic-sdk-python/tree/main#file-uploads"
    )
    assert server.requests == []


def test_list_across_pages(client: Anthropic, server: FakeAnthropic) -> None:
    ids = [(client.beta.files.upload(file=(f"f{i}.txt", b"x"))).id for i in range(7)]
    server.reset()
    first = client.beta.files.list(limit=3)
    assert isinstance(first, SyncPage) and isinstance(first.data[0], FileMetadata)
    listed = [f.id for f in client.beta.files.list(limit=3)]
    assert listed == ids[::-1]
    assert [r.raw_path for r in server.requests[1:]] == [
        "/v1/files?beta=true&limit=3",
        f"/v1/files?beta=true&limit=3&after_id={listed[2]}",
        f"/v1/files?beta=true&limit=3&after_id={listed[5]}",
    ]
    assert {r.headers["anthropic-beta"] for r in server.requests} == {FILES_BETA}
    client.beta.files.list()
    assert server.last_request.raw_path == "/v1/files?beta=true"


def test_retrieve_metadata_and_delete(client: Anthropic, server: FakeAnthropic) -> None:
    uploaded = client.beta.files.upload(file=("a.txt", b"abc"))
    metadata = client.beta.files.retrieve_metadata(uploaded.id)
    assert metadata == uploaded
    assert (server.last_request.method, server.last_request.raw_path) == ("GET", f"/v1/files/{uploaded.id}?beta=true")
    deleted = client.beta.files.delete(uploaded.id, betas=["z"])
    assert isinstance(deleted, DeletedFile)
    assert (deleted.id, deleted.type) == (uploaded.id, "file_deleted")
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("DELETE", f"/v1/files/{uploaded.id}?beta=true")
    assert sent.headers["anthropic-beta"] == f"z,{FILES_BETA}"
    with pytest.raises(anthropic.NotFoundError):
        client.beta.files.retrieve_metadata(uploaded.id)
    for method in ("retrieve_metadata", "download", "delete"):
        with pytest.raises(ValueError, match="Expected a non-empty value for `file_id` but received ''"):
            getattr(client.beta.files, method)("")


def test_download(client: Anthropic, server: FakeAnthropic, tmp_path: Path) -> None:
    content = bytes(range(256)) * 10
    uploaded = client.beta.files.upload(file=("blob.bin", content))
    response = client.beta.files.download(uploaded.id)
    assert isinstance(response, BinaryAPIResponse)
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("GET", f"/v1/files/{uploaded.id}/content?beta=true")
    assert sent.headers["accept"] == "application/binary"
    assert sent.headers["anthropic-beta"] == FILES_BETA
    assert "x-stainless-raw-response" not in sent.headers
    assert response.is_closed  # read whole
    assert response.read() == content
    assert response.parse() == content
    target = tmp_path / "out.bin"
    response.write_to_file(target)
    assert target.read_bytes() == content
    assert repr(response) == "<BinaryAPIResponse [200 OK] type=<class 'bytes'>>"


def test_download_raw_and_streamed(client: Anthropic, server: FakeAnthropic, tmp_path: Path) -> None:
    content = b"0123456789" * 10_000
    uploaded = client.beta.files.upload(file=("blob.bin", content))

    raw = client.beta.files.with_raw_response.download(uploaded.id)
    assert isinstance(raw, BinaryAPIResponse)
    assert server.last_request.headers["x-stainless-raw-response"] == "raw"
    assert raw.read() == content

    with client.beta.files.with_streaming_response.download(uploaded.id) as response:
        assert isinstance(response, StreamedBinaryAPIResponse)
        assert server.last_request.headers["x-stainless-raw-response"] == "stream"
        assert not response.is_closed
        chunks = [chunk for chunk in response.iter_bytes(4096)]
    assert response.is_closed
    assert b"".join(chunks) == content and max(len(c) for c in chunks) == 4096

    target = tmp_path / "streamed.bin"
    with client.with_streaming_response.beta.files.download(uploaded.id) as response:
        response.stream_to_file(target, chunk_size=1000)
    assert target.read_bytes() == content


def test_raw_and_streaming_trees(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.with_raw_response.beta.files.upload(file=b"abc")
    assert isinstance(raw, LegacyAPIResponse)
    uploaded = raw.parse()
    assert isinstance(uploaded, FileMetadata)
    raw_list = client.beta.with_raw_response.files.list()
    assert raw_list.parse().data[0].id == uploaded.id
    with client.beta.files.with_streaming_response.retrieve_metadata(uploaded.id) as response:
        assert (response.parse()).size_bytes == 3
    with client.beta.files.with_streaming_response.delete(uploaded.id) as response:
        assert (response.parse()).type == "file_deleted"


def test_the_fake_api_requires_the_beta_header(client: Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError, match="files-api-2025-04-14"):
        client.beta.files.list(extra_headers={"anthropic-beta": omit})
