"""File inputs of multipart calls: paths are opened once per call, streamed, and always closed (no I/O
beyond the local files: the pipeline is driven by hand)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any, List

import httpx
import pytest

from anthropic._core.config import ClientConfig
from anthropic._core.options import FinalRequestOptions
from anthropic._core.pipeline import Send, run_call
from anthropic._files import open_files, to_httpx_file


def config() -> ClientConfig:
    return ClientConfig(
        client_name="Anthropic",
        base_url="http://api.test/",
        api_key="k",
        auth_token=None,
        timeout=10.0,
        max_retries=2,
        custom_headers={},
        custom_query={},
        is_async=False,
    )


def ok() -> httpx.Response:
    return httpx.Response(200, json={}, request=httpx.Request("POST", "http://api.test/"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "doc.txt"
    target.write_bytes(b"\x07" * 200_000)
    return target


def upload(path: Any) -> Any:
    return run_call(config(), FinalRequestOptions(method="post", url="/v1/files", files=[("file", path)]))


def streamed_file(request: httpx.Request) -> IO[bytes]:
    """The open file the multipart body of ``request`` reads from."""
    fields = request.stream.fields  # type: ignore[attr-defined]
    return fields[0].file  # type: ignore[no-any-return]


def test_a_path_is_streamed_from_one_open_file_across_retries(path: Path) -> None:
    gen = upload(path)
    first = gen.send(None)
    assert isinstance(first, Send)
    handle = streamed_file(first.request)
    assert not handle.closed
    assert first.request.headers["content-length"] == str(len(b"".join(first.request.stream)))  # type: ignore[arg-type]
    gen.send(httpx.ConnectError("down"))  # -> Sleep
    second = gen.send(None)
    assert isinstance(second, Send) and streamed_file(second.request) is handle
    assert b"".join(second.request.stream).count(b"\x07") == 200_000  # type: ignore[arg-type]  # re-read from the start
    with pytest.raises(StopIteration):
        gen.send(ok())
    assert handle.closed


def test_an_abandoned_call_closes_its_files(path: Path) -> None:
    gen = upload(path)
    handle = streamed_file(gen.send(None).request)
    gen.close()  # e.g. the task was cancelled while sending
    assert handle.closed


def test_a_failed_open_closes_the_files_already_open(path: Path, tmp_path: Path) -> None:
    opened: List[IO[bytes]] = []
    real_open = open

    def tracking_open(file: Any, mode: str = "r") -> IO[bytes]:
        handle: IO[bytes] = real_open(file, mode)
        opened.append(handle)
        return handle

    import anthropic._files

    anthropic._files.open = tracking_open  # type: ignore[attr-defined]
    try:
        with pytest.raises(FileNotFoundError):
            open_files([("a", path), ("b", ("name.txt", tmp_path / "missing"))])
    finally:
        del anthropic._files.open  # type: ignore[attr-defined]
    assert len(opened) == 1 and opened[0].closed


def test_inputs_that_are_not_paths_are_passed_as_given(path: Path) -> None:
    buffer = io.BytesIO(b"b")
    files, opened = open_files([("a", b"x"), ("b", buffer), ("c", ("n.txt", "text content", "text/plain"))])
    assert opened == []
    assert files == [("a", b"x"), ("b", buffer), ("c", ("n.txt", "text content", "text/plain"))]
    assert to_httpx_file("a", b"x") == ("upload", b"x")
    assert to_httpx_file("b", path) == ("doc.txt", path.read_bytes())  # a path reaching httpx directly is read
    with pytest.raises(RuntimeError, match="Expected entry at `d`"):
        open_files([("d", 1)])
    with pytest.raises(RuntimeError, match="Expected entry at `e`"):
        open_files([("e", ("only-a-name",))])
