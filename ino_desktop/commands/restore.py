"""`restore FILE [--force]`: put a backup back in place of the database (see db/restore.py for the steps).

The backup is checked before anything is touched; the database in place is kept (as an automatic
backup, or copied aside when damaged); a sound database newer than the backup, or another portfolio's,
is replaced only with --force. A lock, a full disk or a read-only file stop it with the database as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from ino_desktop.db import restore as restoring
from ino_desktop.db.engine import is_url, target_path
from ino_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "restore"
HELP = "replace the database with a backup (the current state is kept as a backup first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("file", metavar="FILE", help="the backup to restore (see 'ino-desktop backups')")
    parser.add_argument("--force", action="store_true",
                        help="replace a sound database even when it has newer changes than the backup or "
                             "is another portfolio (it is still kept as a backup first)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Restore a SQLite portfolio from a backup (the current file is kept as a backup first)."""
    if is_url(ctx.target) and make_url(ctx.target).get_backend_name() != "sqlite":
        raise DatabaseError(f"{make_url(ctx.target).render_as_string()}: restore works on a SQLite file; "
                            "use 'copy' to load a backup into a server database")
    path = target_path(ctx.target)
    ctx.claim_writer(path)
    done = restoring.restore(path, Path(args.file), force=args.force)
    print(f"{done.path}: restored from {done.source} ({done.projects} projects)")
    if done.previous is not None:
        print(f"the state before the restore was saved to {done.previous} (listed by 'ino-desktop backups')")
    if done.damaged_aside is not None:
        print(f"the damaged database was kept as {done.damaged_aside}")
    return 0
