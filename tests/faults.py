"""Faults of the machine for tests: a full disk, a read-only share, a lock held by another program,
damaged pages. A full or read-only disk is a real small tmpfs (needs root; skipped otherwise)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A small file system mounted at `folder` for the test's duration."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Use up every free byte of `folder`'s file system."""
    with contextlib.suppress(OSError), (folder / ".filler").open("wb") as fh:
        block = b"\0" * 65536
        while True:
            fh.write(block)
            fh.flush()
    with contextlib.suppress(OSError), (folder / ".filler-small").open("wb") as fh:
        while True:
            fh.write(b"\0" * 512)
            fh.flush()


def remount_readonly(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


@contextlib.contextmanager
def held_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding an exclusive lock on the database (as a DB browser in a transaction does)."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("CREATE TABLE IF NOT EXISTS zz_other_program (x)")
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


def damage_pages(path: Path, page_from: int = 3) -> None:
    """Overwrite a few pages in the middle with garbage; the header stays valid."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    start = page * (page_from - 1)
    data[start: start + page * 2] = b"\xa5" * (page * 2)
    path.write_bytes(bytes(data))
