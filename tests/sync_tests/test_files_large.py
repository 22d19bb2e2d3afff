# File generated from tests/async_tests/test_files_large.py by tools/unasync.py. Do not edit.
"""A 50 MB file, uploaded and downloaded byte-identical without the SDK holding it in memory.

The fake server runs in a subprocess here: it keeps the uploaded file in memory, which the
in-process server would add to this process's traced allocations.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Iterator

import pytest

from anthropic import Anthropic

pytestmark = pytest.mark.anyio

SIZE = 50 * 1024 * 1024
MEMORY_LIMIT = SIZE // 20  # the SDK may hold a few chunks at a time, never the file


@pytest.fixture(scope="module")
def remote_url() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "anthropic.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.bin"
    with open(path, "wb") as f:
        for _ in range(SIZE >> 20):
            f.write(os.urandom(1 << 20))
    return path


def test_upload_and_streamed_download_of_50_mb(remote_url: str, big_file: Path, tmp_path: Path) -> None:
    with Anthropic(api_key="k", base_url=remote_url, max_retries=0) as client:
        client.models.list()  # connection and lazy imports out of the way

        tracemalloc.start()
        try:
            uploaded = client.beta.files.upload(file=big_file)
            _, upload_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert uploaded.size_bytes == SIZE and uploaded.filename == "big.bin"
        assert upload_peak < MEMORY_LIMIT, upload_peak

        target = tmp_path / "copy.bin"
        tracemalloc.start()
        try:
            with client.beta.files.with_streaming_response.download(uploaded.id) as response:
                response.stream_to_file(target)
            _, download_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert download_peak < MEMORY_LIMIT, download_peak
        assert target.stat().st_size == SIZE
        assert sha256(target) == sha256(big_file)

        with open(big_file, "rb") as handle:  # an open file is streamed the same way
            tracemalloc.start()
            try:
                again = client.beta.files.upload(file=("again.bin", handle, "application/octet-stream"))
                _, file_object_peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
        assert again.size_bytes == SIZE and file_object_peak < MEMORY_LIMIT, file_object_peak
        client.beta.files.delete(uploaded.id)
        client.beta.files.delete(again.id)
