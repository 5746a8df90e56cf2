"""Qt item models over the core's read services (no SQL here: rows come from ino_desktop.services)."""
