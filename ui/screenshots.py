"""Render every main view to PNG, offscreen, on the demo portfolio: `python -m ui.screenshots OUT_DIR`.

Writes the main window (Russian and English), the dashboard, the welcome screen, the settings dialog,
the main window at 200 % scaling (a second process with QT_SCALE_FACTOR=2), the dialogs (the project
editor, the import wizard, the pack dialog) and each register.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext
    from ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1440, 900)
LAPTOPS = ((1366, 768), (1100, 700))  # the office's laptops: main_window_1366x768.png, dashboard_1100x700.png…


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, out: Path, name: str, written: list[Path]) -> None:
    _settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"ui.screenshots: could not write {path}")
    written.append(path)


def render(out: Path, db_path: Path, *, scale_only: bool = False) -> list[Path]:
    from ui.app import create_application, create_context, register_fonts
    from ui.i18n import switch_language
    from ui.main_window import MainWindow

    app = create_application()
    register_fonts()
    ctx = create_context("ru")
    ctx.portfolio.open(str(db_path), create=False)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    first = window.table.model.row_at(0)
    if first is not None:
        window.table.select_project(first.id)
    written: list[Path] = []
    if scale_only:
        _save(window, out, "main_window@2x", written)
        return written
    _save(window, out, "main_window", written)
    window.table.group_box.setCurrentIndex(window.table.group_box.findData("cluster"))
    _save(window, out, "main_window_grouped", written)
    window.table.group_box.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.dashboard)
    _save(window, out, "dashboard", written)
    window.tabs.setCurrentWidget(window.table)
    switch_language(ctx, "en")
    _save(window, out, "main_window_en", written)
    window.tabs.setCurrentWidget(window.dashboard)
    _save(window, out, "dashboard_en", written)
    window.tabs.setCurrentWidget(window.table)
    switch_language(ctx, "ru")
    for width, height in LAPTOPS:
        window.resize(width, height)
        _save(window, out, f"main_window_{width}x{height}", written)
        window.tabs.setCurrentWidget(window.dashboard)
        _save(window, out, f"dashboard_{width}x{height}", written)
        window.tabs.setCurrentWidget(window.table)
    window.resize(*SIZE)

    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)
    dialog.show()
    _save(dialog, out, "settings_dialog", written)
    dialog.close()

    for name, widget in _dialog_widgets(window, ctx):
        _save(widget, out, name, written)
        widget.hide()
        widget.deleteLater()

    ctx.portfolio.close()  # back to the first-run screen
    _save(window, out, "welcome", written)
    window.close()
    del app
    return written


SAMPLE = "ministry_summary.xlsx"  # the agency workbook the import wizard is shown on


def _sample() -> Path | None:
    """The sample workbook in the tests' data (absent from an installed copy without the tests)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "data" / "samples" / SAMPLE
    return path if path.is_file() else None


def _wait(ctx: AppContext) -> None:
    """Let a background job finish and its result arrive (the wizard reads the workbook off the GUI thread)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(200):
        ctx.jobs.wait()
        QApplication.processEvents()
        if not ctx.jobs.busy:
            return


def _dialog_widgets(window: MainWindow, ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    """The dialogs and registers, each shown and filled the way a person would see them; yields (name, widget)."""
    from ui.dialogs.import_history import ImportHistory
    from ui.dialogs.import_wizard import MAPPING, PLAN, ImportWizard
    from ui.dialogs.pack_dialog import PackDialog
    from ui.dialogs.project_editor import ProjectEditor
    from ui.registers import REGISTERS, RegisterWindow, build_page

    project = window.table.selected_project_id()
    editor = ProjectEditor(ctx, project, window)
    editor.resize(980, 700)
    editor.show()
    yield "project_editor", editor
    editor.show()
    editor.pages.setCurrentIndex(editor.pages.count() - 1)  # the history tab
    yield "project_editor_history", editor

    sample = _sample()
    if sample is not None:
        wizard = ImportWizard(ctx, str(sample), window)
        wizard.resize(1180, 720)
        wizard.file_page.source.setCurrentText("Минэкономразвития Томской области")
        wizard.show()
        wizard.go_next()
        _wait(ctx)
        if wizard.step() == MAPPING:
            yield "import_wizard_mapping", wizard
            wizard.show()
            wizard.show_step(PLAN)
            yield "import_wizard_plan", wizard
    else:
        print(f"skipped the import wizard: {SAMPLE} not found", file=sys.stderr)

    history = ImportHistory(ctx, window)
    history.show()
    yield "import_history", history

    pack = PackDialog(ctx, window.current_filter(), window)
    pack.show()
    yield "pack_dialog", pack

    from PySide6.QtCore import QCoreApplication

    for name, entry in REGISTERS.items():
        register = RegisterWindow(name, build_page(ctx, name), QCoreApplication.translate("Registers", entry.title),
                                  entry.icon, window)
        register.show()
        yield f"register_{name}", register


def _demo_database(folder: Path) -> Path:
    from ino_desktop.db import open_database
    from ino_desktop.demo import build_demo

    path = folder / "demo.sqlite"
    db = open_database(str(path))
    try:
        build_demo(db)
    finally:
        db.close()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (docs/screenshots)")
    parser.add_argument("--db", type=Path, help="render this portfolio instead of a fresh demo one")
    parser.add_argument("--scale-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ino-shots-") as tmp:
        folder = Path(tmp)
        # Settings and data go to the temporary folder: the screenshots never touch the user's own.
        os.environ.setdefault("INO_CONFIG_DIR", str(folder / "config"))
        os.environ.setdefault("INO_DATA_DIR", str(folder / "data"))
        db_path = args.db or _demo_database(folder)
        written = render(args.out, db_path, scale_only=args.scale_only)
        if not args.scale_only:
            env = dict(os.environ, QT_SCALE_FACTOR="2")
            subprocess.run([sys.executable, "-m", "ui.screenshots", str(args.out), "--db", str(db_path),
                            "--scale-only"], check=True, env=env)
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
