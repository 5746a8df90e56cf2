"""`ino-desktop gui` on a machine without the desktop libraries: one line naming them and how to install
them (Debian/Ubuntu and Fedora), exit 2, instead of Qt's abort."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ui import platform_check
from ui.launcher import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")


def test_ldd_names_what_a_plugin_cannot_find(tmp_path: Path) -> None:
    """The real xcb plugin, moved away from the Qt libraries it finds through its RUNPATH."""
    plugin = platform_check.plugin_path("xcb")
    assert plugin is not None and shutil.which("ldd")
    moved = tmp_path / "platforms" / plugin.name
    moved.parent.mkdir()
    shutil.copy(plugin, moved)
    assert "libQt6XcbQpa.so.6" in platform_check.missing_libraries(moved)
    # where it belongs, it finds Qt's own libraries (the X11 ones are the machine's: CI may lack some)
    assert not [name for name in platform_check.missing_libraries(plugin) if name.startswith("libQt6")]


def test_the_advice_names_the_packages_of_both_families() -> None:
    advice = platform_check.install_advice(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-foo.so.2"])
    assert advice == ("sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-foo2 (Debian, Ubuntu) or "
                      "sudo dnf install xcb-util-cursor libxkbcommon-x11 'libxcb-foo.so.2()(64bit)' (Fedora)")


def test_the_platform_is_the_one_qt_would_load() -> None:
    assert platform_check.platform_name({}) == "xcb"
    assert platform_check.platform_name({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert platform_check.platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"


def test_gui_refuses_in_one_line_before_qt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda _plugin: ["libxcb-cursor.so.0"])
    assert main(["--db", str(tmp_path / "p.sqlite"), "gui"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["ino-desktop: the window cannot start: Qt's 'xcb' display plugin needs system libraries that "
                   "are missing (libxcb-cursor.so.0); install them with: sudo apt-get install libxcb-cursor0 "
                   "(Debian, Ubuntu) or sudo dnf install xcb-util-cursor (Fedora)"]
    assert not (tmp_path / "p.sqlite").exists()
