"""Saved views: the core write service, and saving / renaming / deleting them from the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from ino_desktop.errors import InoError, NotFound
from ino_desktop.models import SavedView
from ino_desktop.services import views
from ino_desktop.services.details import saved_views
from ino_desktop.services.filters import ProjectFilter
from ui.main_window import MainWindow
from ui.models.navigator_model import FILTER_ROLE

RED = ProjectFilter(rags=("red",))


def _names(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.scalars(select(SavedView.name).order_by(SavedView.name)))


def test_service_saves_renames_deletes_and_refuses_bad_names(db) -> None:
    with db.transaction() as session:
        info = views.save_view(session, "  Красные   проекты ", RED.with_(text="завод"))
    assert (info.name, info.filter) == ("Красные проекты", RED.with_(text="завод"))
    with db.session() as session:
        assert saved_views(session)[0].filter == RED.with_(text="завод")  # read back from the database
    for name, flt, kind in (("", RED, "view_name_empty"), ("x" * 201, RED, "view_name_too_long"),
                            ("красные ПРОЕКТЫ", RED, "view_name_taken"), ("Всё", ProjectFilter(), "view_empty_filter")):
        with pytest.raises(InoError) as caught, db.transaction() as session:
            views.save_view(session, name, flt)
        assert caught.value.kind == kind
    with db.transaction() as session:
        views.save_view(session, "Фарма", ProjectFilter(clusters=("pharma",)))
    with pytest.raises(InoError, match="already exists"), db.transaction() as session:
        views.rename_view(session, info.id, "ФАРМА")
    with db.transaction() as session:
        assert views.rename_view(session, info.id, "Красные").name == "Красные"
    assert _names(db) == ["Красные", "Фарма"]
    with db.transaction() as session:
        views.delete_view(session, info.id)
    with pytest.raises(NotFound), db.transaction() as session:
        views.delete_view(session, info.id)
    assert _names(db) == ["Фарма"]


def _view_nodes(win: MainWindow) -> list[tuple[str, ProjectFilter]]:
    section = win.navigator.model.find_key("views")
    return [(section.child(n).text(), section.child(n).data(FILTER_ROLE)) for n in range(section.rowCount())]


def test_save_current_filter_as_view_from_the_menu(window, demo_ctx, monkeypatch) -> None:
    window.navigator.select("rag:red")
    window.table.filter_box.setText("ТПУ")
    asked: list[str] = []

    def get_text(_parent, _title, label, *_args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "Красные у ТПУ", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    window.menus.actions["save_view"].trigger()
    assert "Search: «ТПУ»" in asked[0]  # the prompt says what is being saved
    assert _view_nodes(window) == [("Красные у ТПУ", RED.with_(text="ТПУ"))]
    key = window.navigator.current_key()
    assert key.startswith("view:")
    assert window.navigator.current_view_name() == "Красные у ТПУ"
    shown = [r.code for r in window.table.model.visible_projects()]
    # Selecting the view again restores the same table: its search text goes back into the filter box.
    window.navigator.select("all")
    window.table.filter_box.clear()
    window.navigator.select(key)
    assert window.table.filter_box.text() == "ТПУ"
    assert [r.code for r in window.table.model.visible_projects()] == shown
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.dashboard.caption.text() == "Saved view «Красные у ТПУ» · Search: «ТПУ»"


def test_a_taken_name_is_refused_in_one_translated_line(window, demo_ctx, monkeypatch) -> None:
    with demo_ctx.db.transaction() as session:
        views.save_view(session, "Красные", RED)
    demo_ctx.portfolio.notify({"views"})
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("красные", True))
    window.navigator.select("status:planned")
    window.saved_views.save_current()
    assert errors == ["a saved view named 'Красные' already exists"]  # the English window's own quotes
    assert [name for name, _f in _view_nodes(window)] == ["Красные"]


def test_rename_and_delete_from_the_navigator_context_menu(window, demo_ctx, monkeypatch) -> None:
    with demo_ctx.db.transaction() as session:
        info = views.save_view(session, "Красные", RED)
    demo_ctx.portfolio.notify({"views"})
    node = window.navigator.model.find_key(f"view:{info.id}")
    menu = window.navigator.view_menu(node.index())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Rename view…", "&Delete view", "&Save current filter as view…"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Красные (июнь)", True))
    menu.actions()[0].trigger()
    assert _view_nodes(window) == [("Красные (июнь)", RED)]
    # The keyboard way: Delete on the focused view asks, then deletes.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.navigator.tree.setCurrentIndex(window.navigator.model.find_key(f"view:{info.id}").index())
    window.navigator._delete_current()
    assert _view_nodes(window) == []
    assert _names(demo_ctx.db) == []
    # A section node has no view actions, only "save".
    section_menu = window.navigator.view_menu(window.navigator.model.find_key("cluster").index())
    assert [a.text() for a in section_menu.actions()] == ["&Save current filter as view…"]
