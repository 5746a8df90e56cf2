"""`batches`: the import batches, newest last, so that `undo-import` has its number at hand."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sqlalchemy import select

from ino_desktop.models import ImportBatch

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "batches"
HELP = "list import batches: id, file, agency, when, counts (created/updated/unchanged/rejected), undone"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments (none; an epilog on undoing)."""
    parser.epilog = "Revert one with 'undo-import ID'."


def run(args: argparse.Namespace, ctx: Context) -> int:
    """List the import batches, one line each."""
    db = ctx.db(create=False, write=False)
    with db.session() as session:
        batches = list(session.scalars(select(ImportBatch).order_by(ImportBatch.id)))
    if not batches:
        print("no import batches")
        return 0
    print(f"{'id':>4}  {'imported':16}  {'created':>7} {'updated':>7} {'same':>5} {'rejected':>8}  state"
          "          file  (agency)")
    for b in batches:
        state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.state == "undone" and b.undone_at else b.state
        agency = f"  ({b.source})" if b.source else ""
        print(f"{b.id:>4}  {b.imported_at:%Y-%m-%d %H:%M}  {b.created_count:>7} {b.updated_count:>7} "
              f"{b.unchanged_count:>5} {b.rejected_count:>8}  {state:<13}  {b.file_name}{agency}")
    return 0
