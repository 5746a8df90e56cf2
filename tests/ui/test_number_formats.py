"""The window's table, the editor's number fields and the pack's text show a number the same way in
each language, because all three go through ino_desktop/formatting.py."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from ino_desktop.briefing.render import text
from ui import labels
from ui.dialogs.common import parse_number
from ui.dialogs.editor_fields import NumberBinding

NN = "\u202f"


def test_table_editor_and_pack_agree_in_each_language(qapp) -> None:  # type: ignore[no-untyped-def]
    assert labels.money(1506.8, "en") == text.money(1506.8, "en") == "1,506.8"
    assert labels.money(1506.8, "ru") == text.money(1506.8, "ru") == f"1{NN}506,8"
    assert labels.money(None, "en") == "" and labels.integer(160000, "ru") == f"160{NN}000"
    for lang, shown in (("en", "1506.8"), ("ru", "1506,8")):
        binding = NumberBinding("total_cost_mln", QLineEdit(), lang)
        assert binding.to_raw(1506.8) == shown
        assert binding.parse(shown) == (1506.8, None)
    assert parse_number(labels.money(-1506.8, "ru")) == (-1506.8, True)  # what the window shows reads back
