"""`ino-desktop brief` end to end: a PDF on success, one line and exit 2 on a refusal."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from ino_desktop.cli import main


def _run(small, tmp_path: Path, *args: str) -> tuple[int, Path]:  # type: ignore[no-untyped-def]
    db, _ids = small
    out = tmp_path / "pack.pdf"
    code = main(["--db", db.url, "brief", "--out", str(out), *args])
    return code, out


def test_brief_writes_the_pack(small, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code, out = _run(small, tmp_path, "--meeting", "2", "--lang", "en", "--marking", "Draft", "--no-appendix")
    assert code == 0
    assert "5 project(s)" in capsys.readouterr().out
    reader = pypdf.PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Draft" in first and "Рабочая группа № 2" in first and "5 Jul 2016" in first
    assert "Appendix" not in " ".join(p.extract_text() for p in reader.pages)


def test_cluster_by_spelling_and_sections(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out = _run(small, tmp_path, "--cluster", "Фарма", "--sections", "cover,appendix", "--since", "2016-05-01")
    assert code == 0
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(reader.pages) == 2
    assert "Центр доклинических исследований" in text and "Умная остановка" not in text
    assert "01.05.2016" in reader.pages[0].extract_text()


@pytest.mark.parametrize(("args", "message"), [
    (("--meeting", "42"), "ino-desktop: no meeting with id 42"),
    (("--cluster", "space"), "ino-desktop: unknown cluster 'space'"),
    (("--view", "Мой отбор"), "ino-desktop: no saved view named 'Мой отбор'"),
    (("--sections", "summary,cover,bogus"), "ino-desktop: unknown section 'bogus'"),
    (("--since", "31.12.2016"), "'31.12.2016' is not a date"),
    (("--agenda-only",), "--agenda-only needs --meeting"),
])
def test_refusals_are_one_line_and_write_nothing(small, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                                                 args: tuple[str, ...], message: str) -> None:
    code, out = _run(small, tmp_path, *args)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_unwritable_target_is_refused_before_work(small, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    code = main(["--db", db.url, "brief", "--out", str(tmp_path / "no" / "such" / "pack.pdf")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
