"""Before Qt starts: can its platform plugin load? On a Linux machine without the desktop libraries Qt
aborts ("could not load the Qt platform plugin xcb") without saying what to install; this asks the
dynamic linker (ldd) first and names the missing libraries and the command that installs them.
Imports no Qt, so it runs even where Qt itself cannot."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ino_desktop.messages import Message, message

# soname → (Debian/Ubuntu package, Fedora package) for what Qt's xcb plugin needs beyond a bare system.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
HEADLESS = {"offscreen", "minimal", "vnc", "vkkhrdisplay"}


def platform_name(env: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The plugin Qt will load on Linux: QT_QPA_PLATFORM's first choice, else X11 (xcb). None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return chosen or "xcb"


def plugin_path(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
        if path.is_file():
            return path
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin (or what it loads) needs and the system lacks; [] when unsure."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    env = dict(os.environ)
    if getattr(sys, "frozen", False):  # the frozen folder carries libraries of its own beside the program
        bundled = str(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [bundled, env.get("LD_LIBRARY_PATH")]))
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, env=env, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(NOT_FOUND.findall(done.stdout)))


def _debian_name(soname: str) -> str:
    """Debian's naming rule for a library package: libfoo.so.1 → libfoo1, libfoo-2.so.0 → libfoo-2-0."""
    stem, _, version = soname.partition(".so.")
    return f"{stem}{'-' if stem[-1:].isdigit() else ''}{version.split('.')[0]}"


def install_advice(missing: list[str]) -> str:
    debian = [PACKAGES.get(s, (_debian_name(s), ""))[0] for s in missing]
    fedora = [PACKAGES[s][1] if s in PACKAGES else f"'{s}()(64bit)'" for s in missing]
    return (f"sudo apt-get install {' '.join(dict.fromkeys(debian))} (Debian, Ubuntu) or "
            f"sudo dnf install {' '.join(dict.fromkeys(fedora))} (Fedora)")


def problem() -> Message | None:
    """One line saying why the window cannot start and what to install, or None when it can."""
    name = platform_name()
    if name is None or name in HEADLESS:
        return None
    plugin = plugin_path(name)
    if plugin is None:
        return None  # a platform this check does not know: Qt reports it itself
    missing = missing_libraries(plugin)
    if not missing:
        return None
    return message("window.missing_libraries", plugin=name, libraries=", ".join(missing),
                   advice=install_advice(missing))
