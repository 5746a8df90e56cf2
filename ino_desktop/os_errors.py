"""What the operating system said, in the user's language: the common failures by their error number as
coded messages, anything rarer as the system's own words (which may be English)."""

from __future__ import annotations

import errno

from ino_desktop.messages import Message, message

# errno -> the message saying it; one reason may have several numbers (a refused permission).
BY_ERRNO: dict[int, str] = {
    errno.ENOENT: "os.no_such_file",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOSPC: "os.disk_full",
    errno.EROFS: "os.read_only",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EEXIST: "os.exists",
    errno.EBUSY: "os.busy",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.ECONNREFUSED: "os.connection_refused",
    errno.ETIMEDOUT: "os.timed_out",
}


def os_reason(exc: BaseException) -> Message | str:
    """Why `exc` (an OSError or a wrapper of one) failed, as a person is told it."""
    number = getattr(exc, "errno", None)
    if number in BY_ERRNO:
        return message(BY_ERRNO[number])
    return getattr(exc, "strerror", None) or first_line(exc)


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (of the driver's error when there is one)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
