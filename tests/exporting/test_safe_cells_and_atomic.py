"""Cell text rules (OWASP, XML, Excel's limit) and the atomic write others reuse."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ino_desktop.exporting.atomic import WriteFailed, atomic_path, atomic_write
from ino_desktop.exporting.safe_cells import CellText, is_formula_like, without_surrogates


@pytest.mark.parametrize("text", ["=1+1", "+7 913", "-", "@A1", "\tx", "\rx"])
def test_triggers(text: str) -> None:
    assert is_formula_like(text)
    assert CellText().for_csv(text, "here") == "'" + text


@pytest.mark.parametrize("text", ["Томск", " =1", "1-2", "a@b", "", "«=»"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not is_formula_like(text)
    assert CellText().for_csv(text, "here") == text


def test_limit_surrogates_and_controls() -> None:
    cells = CellText(limit=100)
    cut = cells.clean("я" * 1080, "sheet 'X', cell B2")
    assert len(cut) == 100 and cut.startswith("яяя")
    assert cut.endswith("[обрезано: 1\u202f080 симв., полный текст — в выгрузке JSON]")
    assert cells.clean("a\x00b\x1fc\td\ne", "B3") == "abc\td\ne"
    assert [str(n).split(":")[0] for n in cells.notices] == ["sheet 'X', cell B2", "B3"]
    assert cells.notices[0].render("ru") == ("sheet 'X', cell B2: текст длиной 1\u202f080 симв. обрезан до предела "
                                             "Excel (100 симв.), в ячейке стоит пометка")
    assert without_surrogates("x\ud800y") == "x\ufffdy"


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write("новое")
    assert target.read_text(encoding="utf-8") == "новое"
    assert os.listdir(tmp_path) == ["out.txt"]
    old_umask = os.umask(0o022)
    os.umask(old_umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~old_umask  # usual permissions, not tempfile's 0600


def test_a_failure_mid_write_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")
    with pytest.raises(RuntimeError), atomic_write(target, "w") as fh:
        fh.write("half of it")
        raise RuntimeError("killed")
    assert target.read_text() == "previous"
    assert os.listdir(tmp_path) == ["out.json"]


def test_disk_full_becomes_one_line(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")
    with pytest.raises(WriteFailed, match=r"no space left on the disk.*previous file"), atomic_write(target, "w"):
        raise OSError(28, "No space left on device")
    assert target.read_text() == "previous"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_locked_target_keeps_its_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old workbook")

    def locked(src: str, dst: str) -> None:  # what Windows says when Excel holds the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteFailed, match="open in another program"), atomic_path(target) as tmp:
        tmp.write_bytes(b"new workbook")
    assert target.read_bytes() == b"old workbook"
    assert os.listdir(tmp_path) == ["out.xlsx"]


@pytest.mark.parametrize("where", ["missing/out.json", "file.txt/out.json", "."])
def test_unwritable_places_are_refused(tmp_path: Path, where: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(WriteFailed) as info, atomic_write(tmp_path / where, "w") as fh:
        fh.write("x")
    assert "\n" not in info.value.message
