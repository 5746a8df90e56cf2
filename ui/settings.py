"""The window's own settings: an INI file in the config folder, readable on every OS, versioned.

Portfolio facts (demo flag, "as at" date) live in the database; this file holds only how this user's
window looks: geometry and layout, column widths and hidden columns, recent databases, language.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ino_desktop.config import config_dir
from ino_desktop.languages import LANGUAGES

SETTINGS_VERSION = 1
SETTINGS_FILE = "ino-desktop.ini"
MAX_RECENT = 8


class Settings:
    """Typed access to the INI file. Lists and dicts are stored as JSON so every OS reads them back alike."""

    def __init__(self, path: str | None = None) -> None:
        self._q = QSettings(path or str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
        self._upgrade()

    @property
    def path(self) -> str:
        return self._q.fileName()

    def _upgrade(self) -> None:
        """A file from an unknown (newer or broken) version is not trusted: start clean, keep nothing half-read."""
        found = self._q.value("settings_version")
        try:
            version = int(found) if found is not None else None
        except (TypeError, ValueError):
            version = -1
        if version is not None and version != SETTINGS_VERSION:
            self._q.clear()
        self._q.setValue("settings_version", SETTINGS_VERSION)

    def sync(self) -> None:
        self._q.sync()

    # --- plain values -------------------------------------------------------------------------
    def _json(self, key: str, default: Any) -> Any:
        raw = self._q.value(key)
        if raw is None:
            return default
        try:
            return json.loads(str(raw))
        except ValueError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self._q.setValue(key, json.dumps(value, ensure_ascii=False))

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self._q.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    # --- language -----------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = str(self._q.value("language", "") or "")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._q.setValue("language", value if value in LANGUAGES else "")

    # --- recent databases ---------------------------------------------------------------------
    @property
    def recent_databases(self) -> list[str]:
        items = self._json("recent_databases", [])
        return [str(x) for x in items if isinstance(x, str) and x][:MAX_RECENT]

    def add_recent_database(self, target: str) -> None:
        items = [target, *(x for x in self.recent_databases if x != target)]
        self._set_json("recent_databases", items[:MAX_RECENT])

    def remove_recent_database(self, target: str) -> None:
        self._set_json("recent_databases", [x for x in self.recent_databases if x != target])

    @property
    def last_database(self) -> str | None:
        items = self.recent_databases
        return items[0] if items else None

    # --- window layout ------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", state)

    # --- table columns ------------------------------------------------------------------------
    def column_widths(self, table: str) -> dict[str, int]:
        raw = self._json(f"columns/{table}/widths", {})
        return {str(k): int(v) for k, v in raw.items() if isinstance(v, int) and v > 0} if isinstance(raw, dict) else {}

    def save_column_widths(self, table: str, widths: dict[str, int]) -> None:
        self._set_json(f"columns/{table}/widths", widths)

    def hidden_columns(self, table: str, default: tuple[str, ...] = ()) -> set[str]:
        raw = self._json(f"columns/{table}/hidden", None)
        return set(default) if not isinstance(raw, list) else {str(x) for x in raw}

    def save_hidden_columns(self, table: str, hidden: set[str]) -> None:
        self._set_json(f"columns/{table}/hidden", sorted(hidden))

    def header_state(self, table: str, columns: tuple[str, ...]) -> QByteArray | None:
        """The header's saved state (column order), if it was saved for these very columns."""
        if self._json(f"columns/{table}/state_columns", None) != list(columns):
            return None  # columns were added or renamed since: the old order would put them in wrong places
        return self._bytes(f"columns/{table}/state")

    def save_header_state(self, table: str, columns: tuple[str, ...], state: QByteArray) -> None:
        self._q.setValue(f"columns/{table}/state", state)
        self._set_json(f"columns/{table}/state_columns", list(columns))

    # --- anything else a view wants to remember (group-by, dashboard choices) -----------------------
    def get(self, key: str, default: str = "") -> str:
        return str(self._q.value(f"ui/{key}", default) or default)

    def put(self, key: str, value: str) -> None:
        self._q.setValue(f"ui/{key}", value)
