"""The pack dialog prints a real PDF (read back), follows the chosen scope, cancels cleanly, opens the viewer."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from ino_desktop.demo import build_demo
from ino_desktop.services.filters import ProjectFilter
from ui.dialogs.pack_dialog import CLUSTERS, CURRENT, MEETING, WHOLE, PackDialog, filter_scope


@pytest.fixture
def demo(app_ctx):
    with app_ctx.db.transaction() as session:
        build_demo(session)
    return app_ctx


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_meeting_pack_in_russian_with_marking_is_printed_and_opened(qtbot, demo, tmp_path, opened) -> None:
    dialog = PackDialog(demo, ProjectFilter())
    qtbot.addWidget(dialog)
    # The table shows everything: "what the table shows" works but the whole portfolio is the default.
    assert dialog.scope_buttons[CURRENT].isEnabled() and dialog.scope_buttons[WHOLE].isChecked()
    dialog.scope_buttons[MEETING].setChecked(True)
    for section in ("projects", "appendix", "charts"):
        dialog.section_boxes[section].setChecked(False)
    dialog.marking.setCurrentText("Для служебного пользования")
    out = tmp_path / "pack.pdf"
    dialog.path.setText(str(out))
    dialog.start()
    assert dialog.banner.kind == "ok", dialog.banner.text()
    assert opened == [str(out)]
    text = _text(out)
    assert "Для служебного пользования" in text
    assert "Заседание" in text  # the meeting's title on the cover
    assert dialog.bar.isHidden() and dialog.print_button.isEnabled()


def test_cluster_pack_in_english(qtbot, demo, tmp_path, opened) -> None:
    dialog = PackDialog(demo, ProjectFilter(clusters=("pharma",)))
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons[CURRENT].isChecked()
    spec = dialog.spec()
    assert spec.clusters == ("pharma",)
    dialog.scope_buttons[CLUSTERS].setChecked(True)
    dialog.start()
    assert dialog.banner.kind == "warning"  # no cluster ticked
    dialog.cluster_list.item(2).setCheckState(dialog.cluster_list.item(2).checkState().Checked)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.open_when_done.setChecked(False)
    for section in ("projects", "appendix", "roadmap", "decisions"):
        dialog.section_boxes[section].setChecked(False)
    dialog.path.setText(str(tmp_path / "timber.pdf"))
    dialog.start()
    assert dialog.banner.kind == "ok", dialog.banner.text()
    assert opened == []
    assert "Timber" in _text(tmp_path / "timber.pdf")


def test_cancel_writes_no_pack(qtbot, demo, tmp_path, opened, monkeypatch) -> None:
    dialog = PackDialog(demo)
    qtbot.addWidget(dialog)
    dialog.scope_buttons[WHOLE].setChecked(True)
    folder = tmp_path / "packs"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    dialog.path.setText(str(out))
    monkeypatch.setattr(dialog, "_progress", lambda done, total: dialog.cancel())
    dialog.start()
    assert dialog.banner.kind == "warning" and "no pack" in dialog.banner.text()
    assert list(folder.iterdir()) == []  # no pack, no half-written temporary file
    assert opened == []


def test_filter_scope_follows_clusters_or_a_saved_view() -> None:
    views = {"Фарма в работе": ProjectFilter(clusters=("pharma",), statuses=("in_progress",))}
    assert filter_scope(ProjectFilter(clusters=("nuclear",)), views) == (None, ("nuclear",))
    assert filter_scope(ProjectFilter(clusters=("pharma",), statuses=("in_progress",)), views) == \
        ("Фарма в работе", ())
    assert filter_scope(ProjectFilter(text="завод"), views) is None
    assert filter_scope(ProjectFilter(), views) == (None, ())


def test_any_current_filter_is_printed_as_the_table_shows_it(qtbot, demo, tmp_path, opened) -> None:
    """A filter no cluster list or saved view can express (status + search text) goes to the pack as is."""
    from ino_desktop.services import portfolio

    flt = ProjectFilter(statuses=("suspended",), text="томск")
    expected = demo.portfolio.read(portfolio.list_projects, flt)
    assert 0 < len(expected) < 10
    dialog = PackDialog(demo, flt)
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons[CURRENT].isEnabled() and dialog.scope_buttons[CURRENT].isChecked()
    spec = dialog.spec()
    assert (spec.filter, spec.clusters, spec.view) == (flt, (), None)
    assert "«томск»" in (spec.filter_label or "")
    for section in ("projects", "charts", "roadmap", "decisions"):
        dialog.section_boxes[section].setChecked(False)
    dialog.open_when_done.setChecked(False)
    out = tmp_path / "filtered.pdf"
    dialog.path.setText(str(out))
    dialog.start()
    assert dialog.banner.kind == "ok", dialog.banner.text()
    text = _text(out)
    shown = {code for code in (f"INO-{n:04d}" for n in range(1, 200)) if code in text}
    assert shown == {r.code for r in expected}


def test_full_pack_box_and_project_count(qtbot, demo) -> None:
    dialog = PackDialog(demo, ProjectFilter())
    qtbot.addWidget(dialog)
    # The ten-minute pack by default: no contents, no appendix; the full box brings both.
    assert not dialog.section_boxes["appendix"].isChecked() and not dialog.section_boxes["toc"].isChecked()
    assert dialog.section_boxes["decide"].isChecked() and not dialog.spec().full
    dialog.full.setChecked(True)
    assert dialog.section_boxes["appendix"].isChecked() and dialog.spec().full
    assert " 131 " in dialog.count_label.text()  # (the catalogue words the plural)
    dialog.scope_buttons[CLUSTERS].setChecked(True)
    dialog.cluster_list.item(3).setCheckState(Qt.CheckState.Checked)  # the pharmaceutical cluster
    assert " 17 " in dialog.count_label.text()
