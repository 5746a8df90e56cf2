"""The window on the office's laptops: at 1100×700 (and 1366×768) every main view fits, no visible widget
overlaps a visible sibling, none sticks out of its parent, and no one-line label is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from ui.i18n import switch_language
from ui.main_window import MainWindow

SIZES = ((1100, 700), (1366, 768))


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=c_direct()) if c.isVisible() and not c.isWindow()]


def c_direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def layout_problems(root: QWidget) -> list[str]:
    """Every pair of overlapping visible siblings, every child outside its parent, every cut one-line label."""
    problems: list[str] = []

    def name(w: QWidget) -> str:
        text = w.text() if isinstance(w, QLabel) else ""
        return f"{type(w).__name__}({w.objectName() or text[:30]})"

    def walk(parent: QWidget) -> None:
        children = _visible_children(parent)
        inner = parent.rect()
        scrolled = isinstance(parent.parentWidget(), QAbstractScrollArea)  # a viewport's content may scroll
        for n, child in enumerate(children):
            geometry: QRect = child.geometry()
            if not scrolled and not inner.contains(geometry):
                problems.append(f"{name(child)} {geometry.getRect()} sticks out of {name(parent)} {inner.getRect()}")
            for other in children[n + 1:]:
                if geometry.intersects(other.geometry()):
                    problems.append(f"{name(child)} {geometry.getRect()} overlaps {name(other)} "
                                    f"{other.geometry().getRect()} in {name(parent)}")
            if isinstance(child, QLabel) and not child.wordWrap() and child.text() and child.pixmap().isNull() \
                    and child.width() < child.minimumSizeHint().width():
                problems.append(f"{name(child)} is cut: {child.width()} < {child.minimumSizeHint().width()} px")
            walk(child)

    walk(root)
    return problems


def _show_at(win: MainWindow, size: tuple[int, int]) -> None:
    win.resize(*size)
    win.show()
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_main_views_fit_without_overlaps(window, demo_ctx, size, lang) -> None:
    if lang != demo_ctx.lang:
        switch_language(demo_ctx, lang)
    _show_at(window, size)
    assert (window.width(), window.height()) == size, "the window is wider or taller than the screen"
    window.table.select_project(window.table.model.row_at(0).id)
    window.navigator.select("cluster:nuclear")
    window.table.filter_box.setText("ino")  # chips on show
    QApplication.processEvents()
    assert window.table.chips.isVisible()
    assert layout_problems(window) == []
    window.tabs.setCurrentWidget(window.dashboard)
    QApplication.processEvents()
    assert layout_problems(window) == []
    if size[0] <= 1100:
        assert window.dashboard.columns[1] == 1  # one chart column on the smaller laptop


def test_the_dashboard_uses_two_columns_where_there_is_room(window) -> None:
    _show_at(window, (1920, 1080))
    window.tabs.setCurrentWidget(window.dashboard)
    QApplication.processEvents()
    assert window.dashboard.columns == (5, 2)
    assert layout_problems(window) == []


def test_the_checker_sees_an_overlap(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(200, 100)
    a, b = QLabel("first", parent), QLabel("second", parent)
    a.setGeometry(0, 0, 120, 20)
    b.setGeometry(100, 0, 80, 20)
    parent.show()
    assert any("overlaps" in p for p in layout_problems(parent))
    b.setGeometry(150, 0, 10, 20)
    assert any("is cut" in p for p in layout_problems(parent))
