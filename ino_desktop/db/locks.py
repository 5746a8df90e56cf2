"""One writer per portfolio file, across the window and the command line, without Qt.

The window holds a QLockFile at `PORTFOLIO.lock` for as long as it has the file open. QLockFile writes
"pid\\napp name\\nhost name\\n…" and, on POSIX, keeps an flock on the file; on Windows it keeps the file
open without sharing. A lock whose owner died (no flock, pid not running on this host) is stale and
ignored, as Qt itself does.

Writers on the command line (import, undo-import, demo, restore) also take `PORTFOLIO.writing`, an
OS lock that dies with its process: a second import waits for the first instead of colliding with it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ino_desktop.db import failures
from ino_desktop.messages import Message, message

WAIT_SECONDS = 60.0  # how long a second writer waits for the first before giving up
POLL_SECONDS = 0.1


def window_lock_path(db_path: Path) -> Path:
    """The lock file beside a database that the window holds while it has it open."""
    return Path(f"{db_path}.lock")


def window_has_it_open(db_path: Path) -> bool:
    """Whether an INO Desktop window on this computer holds the portfolio's QLockFile."""
    lock = window_lock_path(db_path)
    try:
        fh = lock.open("rb")
    except FileNotFoundError:
        return False
    except PermissionError:
        return True  # Windows: the window keeps it open without sharing
    except OSError:
        return False
    with fh:
        if _os_lock(fh, probe=True) is False:
            return True
        return _owner_alive(fh.read(4096).decode("utf-8", "replace"))


def _owner_alive(text: str) -> bool:
    lines = text.splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return False
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # another computer's window on a shared folder: assume it is alive
    return _pid_running(pid)


def _pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _os_lock(fh: IO[bytes], *, probe: bool = False) -> bool | None:
    """Try an exclusive OS lock on `fh` without waiting: True taken, False held by another, None unsupported.
    With `probe`, a lock taken is given back at once."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            if probe:
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
            return True
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        if probe:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return True
    except BlockingIOError:
        return False
    except PermissionError:  # Windows' way of saying "held"
        return False
    except OSError:
        return None  # a file system without locks (some network shares)


class WriterLock:
    """The command line's claim to write one portfolio; released on close or when the process ends."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh: IO[bytes] | None = fh

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()  # closing drops the OS lock
            self._fh = None


def claim(db_path: Path, *, wait: float | None = None,
          on_wait: Callable[[Message], None] | None = None) -> WriterLock | None:
    """Become the one writer of `db_path`: refused while a window has it open; waits (telling `on_wait`
    once) while another command writes it. None where the folder cannot hold a lock file."""
    if window_has_it_open(db_path):
        raise failures.open_in_window(db_path)
    try:
        fh = Path(f"{db_path}.writing").open("ab")  # noqa: SIM115 - held open: the handle is the lock
    except OSError:
        return None  # a read-only folder: writing is refused later, with its own message
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    told = False
    while True:
        taken = _os_lock(fh)
        if taken is not False:
            return WriterLock(fh)
        if time.monotonic() >= deadline:
            fh.close()
            raise failures.another_writer(db_path)
        if not told and on_wait is not None:
            on_wait(message("db.waiting", where=db_path))
            told = True
        time.sleep(POLL_SECONDS)
