"""Starting the window: which portfolio opens first, and what the user sees when it cannot."""

from __future__ import annotations

from pathlib import Path

from ui.app import create_context, open_initial, register_fonts


def test_first_run_does_not_create_the_default_database(qapp, tmp_path) -> None:
    ctx = create_context("en", synchronous=True)
    default = tmp_path / "portfolio.sqlite"
    assert open_initial(ctx, str(default), explicit_db=False) is None
    assert ctx.portfolio.db is None and not default.exists()  # the welcome screen decides


def test_explicit_database_is_created_and_remembered(qapp, tmp_path) -> None:
    ctx = create_context("en", synchronous=True)
    target = tmp_path / "new.sqlite"
    assert open_initial(ctx, str(target), explicit_db=True) is None
    assert ctx.portfolio.db is not None and target.exists()
    assert ctx.settings.recent_databases == [str(target)]
    ctx.portfolio.close()


def test_a_file_that_is_not_a_portfolio_gives_one_line_and_is_untouched(qapp, tmp_path) -> None:
    ctx = create_context("en", synchronous=True)
    target = tmp_path / "notes.sqlite"
    target.write_bytes(b"just some text, not SQLite at all" * 10)
    problem = open_initial(ctx, str(target), explicit_db=True)
    assert problem is not None and "\n" not in problem and "not a SQLite database" in problem
    assert ctx.portfolio.db is None
    assert target.read_bytes() == b"just some text, not SQLite at all" * 10


def test_last_used_portfolio_opens_when_no_database_is_named(qapp, db_path: Path, tmp_path) -> None:
    ctx = create_context("en", synchronous=True)
    ctx.settings.add_recent_database(str(db_path))
    assert open_initial(ctx, str(tmp_path / "default.sqlite"), explicit_db=False) is None
    assert ctx.db is not None and ctx.db.path == db_path
    ctx.portfolio.close()


def test_bundled_fonts_are_registered(qapp) -> None:
    families = register_fonts()
    assert "DejaVu Sans" in families  # resources/fonts: Cyrillic renders even without system fonts
