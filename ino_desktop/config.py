"""Where things live: data and config folders (platformdirs), bundled resources (source or frozen).

`INO_DATA_DIR` and `INO_CONFIG_DIR` override the folders (tests point both at a temporary folder);
`INO_DB` overrides the default database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from ino_desktop import APP_SLUG

DEFAULT_DB_NAME = "portfolio.sqlite"


def data_dir() -> Path:
    """The folder for the program's data ($INO_DATA_DIR overrides), created if missing."""
    override = os.environ.get("INO_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The folder for the program's settings ($INO_CONFIG_DIR overrides), created if missing."""
    override = os.environ.get("INO_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """The folder for automatic backups, created if missing."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_target() -> str:
    """The database used when none is given: $INO_DB or the file in the data folder."""
    return os.environ.get("INO_DB") or str(data_dir() / DEFAULT_DB_NAME)


def resources_dir() -> Path:
    """`resources/` beside the source tree, or inside the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
