"""The registers beside the portfolio, each in a window of its own:

    open_register(parent, ctx, name)   name in REGISTERS: roadmap, meetings, organisations, instruments, indicators

A second call for the same register brings its open window to the front instead of opening another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ino_desktop.errors import NotFound
from ino_desktop.messages import message
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.read_only import lock_editing, refusal
from ui.registers.base import RegisterPage
from ui.registers.directories import InstrumentsRegister, OrganisationsRegister
from ui.registers.indicators import IndicatorsRegister
from ui.registers.meetings import MeetingsRegister
from ui.registers.roadmap import RoadmapRegister


@dataclass(frozen=True)
class Register:
    page: type[RegisterPage]
    title: str  # English window title, translated in the "Registers" context
    icon: str


REGISTERS: dict[str, Register] = {
    "roadmap": Register(RoadmapRegister, QT_TRANSLATE_NOOP("Registers", "Roadmap"), "roadmap"),
    "meetings": Register(MeetingsRegister, QT_TRANSLATE_NOOP("Registers", "Meetings and decisions"), "meetings"),
    "organisations": Register(OrganisationsRegister, QT_TRANSLATE_NOOP("Registers", "Organisations"), "organisations"),
    "instruments": Register(InstrumentsRegister, QT_TRANSLATE_NOOP("Registers", "Federal instruments"), "instruments"),
    "indicators": Register(IndicatorsRegister, QT_TRANSLATE_NOOP("Registers", "Programme indicators"), "indicators"),
}


class RegisterWindow(QDialog):
    """A non-modal window holding one register page."""

    def __init__(self, name: str, page: RegisterPage, title: str, icon_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.page = page
        self.setWindowTitle(title)
        self.setWindowIcon(icon(icon_name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(page)


def build_page(ctx: Any, name: str, parent: QWidget | None = None) -> RegisterPage:
    if name not in REGISTERS:
        raise NotFound(message("window.no_register", name=name, known=", ".join(REGISTERS)))
    return REGISTERS[name].page(ctx, parent)


def open_register(parent: QWidget | None, ctx: Any, name: str) -> RegisterWindow:
    """Show the register `name` (bring it forward if it is already open) and return its window."""
    if parent is not None:
        for window in parent.findChildren(RegisterWindow):
            if window.name == name and window.isVisible():
                window.raise_()
                window.activateWindow()
                return window
    page = build_page(ctx, name)
    title, icon_name = REGISTERS[name].title, REGISTERS[name].icon
    read_only = refusal(ctx.db)
    lock_editing(page, read_only)  # a read-only portfolio: the register is there to be read
    if read_only is not None:
        page.banner.show_message(read_only, "info")
    window = RegisterWindow(name, page, QCoreApplication.translate("Registers", title), icon_name, parent)
    if parent is None:  # nothing owns a parentless window: keep it alive until it is closed
        _UNOWNED.add(window)
        window.destroyed.connect(lambda *_: _UNOWNED.discard(window))
    window.show()
    return window


_UNOWNED: set[RegisterWindow] = set()
