"""The bundled icon set (resources/icons/*.svg, drawn for this program), loaded once by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ino_desktop.config import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
