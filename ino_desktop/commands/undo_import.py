"""`undo-import BATCH_ID`: revert one import batch (fields restored, created projects deleted)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ino_desktop.commands.import_cmd import login_name
from ino_desktop.importer import service

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "undo-import"
HELP = ("revert one import batch: restore every field it changed and delete the projects it created; "
        "refused if later changes touched the same fields")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("batch_id", metavar="BATCH_ID", type=int,
                        help="the batch number printed by 'import' (also in 'export' under import_batches)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Revert one import batch."""
    db = ctx.db(create=False)
    with db.session() as session:
        outcome = service.undo(args.batch_id, session, user=login_name(), db=db)
    fields = sum(len(f) for f in outcome.restored.values())
    print(f"import batch {outcome.batch_id} ({outcome.file_name}) undone: {fields} field(s) of "
          f"{len(outcome.restored)} project(s) restored, {len(outcome.deleted)} created project(s) deleted")
    return 0
