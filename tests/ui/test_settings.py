"""The INI settings: round trip through a fresh object, versioning, recent databases, the dialog."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ui.dialogs.settings_dialog import SettingsDialog
from ui.settings import MAX_RECENT, SETTINGS_VERSION, Settings


def test_settings_round_trip_through_the_ini_file(qapp, tmp_path) -> None:
    path = str(tmp_path / "ino.ini")
    first = Settings(path)
    first.language = "en"
    for n in range(MAX_RECENT + 2):
        first.add_recent_database(f"/data/p{n}.sqlite")
    first.add_recent_database("/data/p3.sqlite")  # moves to the top, no duplicate
    first.save_window(QByteArray(b"geometry"), QByteArray(b"state"))
    first.save_column_widths("projects", {"code": 90, "name": 300})
    first.save_hidden_columns("projects", {"category"})
    first.put("projects/group_by", "cluster")
    first.sync()

    again = Settings(path)
    assert again.language == "en"
    assert again.recent_databases[0] == "/data/p3.sqlite" and len(again.recent_databases) == MAX_RECENT
    assert again.recent_databases.count("/data/p3.sqlite") == 1
    assert bytes(again.window_geometry().data()) == b"geometry"
    assert again.column_widths("projects") == {"code": 90, "name": 300}
    assert again.hidden_columns("projects", ("x",)) == {"category"}
    assert again.hidden_columns("other", ("x",)) == {"x"}
    assert again.get("projects/group_by") == "cluster"
    text = (tmp_path / "ino.ini").read_text(encoding="utf-8")
    assert f"settings_version={SETTINGS_VERSION}" in text  # a readable INI file


def test_settings_from_an_unknown_version_start_clean(qapp, tmp_path) -> None:
    path = str(tmp_path / "ino.ini")
    raw = QSettings(path, QSettings.Format.IniFormat)
    raw.setValue("settings_version", 99)
    raw.setValue("language", "en")
    raw.setValue("recent_databases", "not json [")
    raw.sync()
    settings = Settings(path)
    assert settings.language is None
    assert settings.recent_databases == []


def test_broken_values_fall_back_to_defaults(qapp, tmp_path) -> None:
    path = str(tmp_path / "ino.ini")
    Settings(path)
    raw = QSettings(path, QSettings.Format.IniFormat)
    raw.setValue("recent_databases", "not json [")
    raw.setValue("language", "fr")
    raw.sync()
    settings = Settings(path)
    assert settings.recent_databases == [] and settings.language is None


def test_settings_dialog_switches_language(app_ctx, qtbot) -> None:
    from ui.i18n import switch_language

    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.apply()
    assert app_ctx.lang == "en" and app_ctx.settings.language == "en"
    switch_language(app_ctx, "ru")
    assert app_ctx.lang == "ru"


def test_project_table_column_order_is_remembered(qapp, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ui.models.project_table_model import COLUMNS
    from ui.views.project_table import ProjectTable

    table = ProjectTable(settings, "ru")
    qtbot.addWidget(table)
    header = table.view.horizontalHeader()
    name = table.model.column_of("name")
    header.moveSection(header.visualIndex(name), 0)  # the project's name first, then the code
    table.view.setColumnWidth(name, 333)
    table.save_columns()
    settings.sync()

    again = ProjectTable(type(settings)(settings.path), "ru")  # a new window reading the INI file
    qtbot.addWidget(again)
    order = [again.view.horizontalHeader().logicalIndex(v) for v in range(len(COLUMNS))]
    assert COLUMNS[order[0]].key == "name" and COLUMNS[order[1]].key == "code"
    assert again.view.columnWidth(name) == 333
    again.reset_columns()
    assert [again.view.horizontalHeader().logicalIndex(v) for v in range(len(COLUMNS))] == list(range(len(COLUMNS)))
    # A state saved for other columns (an older version's table) is ignored, not misapplied.
    assert settings.header_state("projects", ("code", "name")) is None
