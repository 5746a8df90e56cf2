"""Write a file atomically: into a temporary file in the same folder, then `os.replace` onto the target.

An interrupted or failed write (disk full, killed process, file locked by Excel) leaves the previous file
exactly as it was, and no half-written file under the target's name. Failures become one-line WriteFailed.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ino_desktop.errors import InoError
from ino_desktop.messages import Message, message
from ino_desktop.os_errors import os_reason


class WriteFailed(InoError):
    """The output file could not be written; any previous file under that name is unchanged."""

    kind = "write"


def _reason(exc: OSError) -> str | Message:
    """The system's reason; a refused permission adds that another program (Excel) may hold the file."""
    reason = os_reason(exc)
    return message("export.open_elsewhere", detail=reason) if isinstance(exc, PermissionError) else reason


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); elsewhere a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside `target` to write to; on success it replaces `target` in one step.

    For libraries that write by path (openpyxl's `save`). Created with the usual permissions (umask),
    not the private ones of `tempfile`.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise WriteFailed(message("export.is_folder", target=target))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise WriteFailed(message("export.cannot_write", target=target, detail=_reason(exc))) from exc
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _sync_folder(target.parent)
    except OSError as exc:
        raise WriteFailed(message("export.write_failed", target=target, detail=_reason(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_write(target: Path | str, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """An open file (`mode` "wb" or "w", plus open()'s encoding/newline) that lands on `target` atomically."""
    with atomic_path(target) as tmp, open(tmp, mode, **open_args) as fh:
        yield fh
        fh.flush()


def save_workbook(workbook: Any, target: Path | str) -> None:
    """Save an openpyxl workbook atomically. It is zipped in memory first: written straight to a full
    disk, openpyxl's half-closed zip would complain again when collected, a traceback after our one line."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    with atomic_write(target) as fh:
        fh.write(buffer.getbuffer())
