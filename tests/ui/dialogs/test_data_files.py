"""Everything the command line does with files is in the window: export, agency template, restore."""

from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import func, select, update

from ino_desktop.db.backup import backup_to
from ino_desktop.models import Project
from ino_desktop.services.filters import ProjectFilter
from tests.ui.portfolio_data import PROJECTS
from ui.dialogs import data_files


@pytest.fixture
def told(window, monkeypatch):  # type: ignore[no-untyped-def]
    messages: list[str] = []
    monkeypatch.setattr(window, "show_message", lambda text, _ms=0: messages.append(text))
    monkeypatch.setattr(window, "show_error", lambda text: messages.append(f"ERROR {text}"))
    return messages


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv"])
def test_export_writes_each_format(window, demo_ctx, tmp_path, told, suffix) -> None:
    out = tmp_path / f"portfolio{suffix}"
    data_files.export_portfolio(window, demo_ctx, str(out))
    demo_ctx.jobs.wait()
    assert told == [f"portfolio{suffix}: projects exported: {PROJECTS}."]
    if suffix == ".json":
        assert len(json.loads(out.read_text(encoding="utf-8"))["projects"]) == PROJECTS
    elif suffix == ".xlsx":
        assert openpyxl.load_workbook(out, read_only=True).sheetnames
    else:
        assert len(out.read_text(encoding="utf-8-sig").splitlines()) == PROJECTS + 1


def test_export_refuses_an_unknown_format_in_one_line(window, demo_ctx, tmp_path, told) -> None:
    data_files.export_portfolio(window, demo_ctx, str(tmp_path / "portfolio.pdf"))
    assert len(told) == 1 and told[0].startswith("ERROR ") and "\\n" not in told[0]
    assert not (tmp_path / "portfolio.pdf").exists()


def test_template_takes_the_clusters_chosen_now(window, demo_ctx, tmp_path, told) -> None:
    out = tmp_path / "request.xlsx"
    data_files.agency_template(window, demo_ctx, ProjectFilter(clusters=("nuclear",)), str(out))
    assert told == ["request.xlsx: data-request template written, projects in it: 3."]
    assert out.is_file()


def test_the_menus_offer_them(window) -> None:
    for key in ("export", "restore", "agency_template"):
        assert window.menus.actions[key].isEnabled()
    assert window.menus.handlers["export"] is data_files.export_portfolio
    file_menu = [a.objectName() for a in window.menus.menus["file"].actions()]
    assert file_menu.index("export") < file_menu.index("quit")


def test_restore_puts_the_backup_back_and_reopens(window, demo_ctx, tmp_path, told) -> None:
    copy = backup_to(demo_ctx.db, tmp_path / "before.sqlite")
    demo_ctx.write(lambda s, p: s.execute(update(Project).values(total_cost_mln=1.0)))
    target = demo_ctx.db.path
    data_files.restore_backup(window, demo_ctx, str(copy))
    demo_ctx.jobs.wait()
    assert demo_ctx.db is not None and demo_ctx.db.path == target
    assert told == [f"Restored from before.sqlite; projects: {PROJECTS}."]
    costs = demo_ctx.portfolio.read(lambda s: s.scalar(select(func.min(Project.total_cost_mln))))
    assert costs == 100.0
    assert window.table.model.total_count == PROJECTS


def test_restore_refuses_a_file_that_is_not_a_backup_and_keeps_the_portfolio(window, demo_ctx, tmp_path,
                                                                             told) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    data_files.restore_backup(window, demo_ctx, str(bogus))
    assert len(told) == 1 and told[0].startswith("ERROR ")
    assert demo_ctx.db is not None and window.table.model.total_count == PROJECTS
