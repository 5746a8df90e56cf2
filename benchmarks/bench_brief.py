"""Briefing-pack speed: build and render the full demo portfolio's pack (120+ projects, one page each).

Prints seconds and pages per second for the build (queries → pack model) and the render (PDF),
in Russian and English. A benchmark prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.render.pdf import render_pack
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.db import open_database
from ino_desktop.demo import build_demo
from ino_desktop.models import Meeting


def _latest_meeting(session: Session) -> int | None:
    return session.scalar(select(Meeting.id).order_by(Meeting.date.desc(), Meeting.id.desc()).limit(1))


def main(argv: Sequence[str] | None = None, summary: list[tuple[str, str]] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_brief", description=__doc__)
    parser.add_argument("--db", help="an existing portfolio (default: a fresh demo portfolio in a temporary folder)")
    parser.add_argument("--repeat", type=int, default=3, help="renders per language; the best is reported")
    parser.add_argument("--out", help="also keep the Russian PDF here")
    args, _others = parser.parse_known_args(list(argv) if argv is not None else [])  # others: other benches
    with tempfile.TemporaryDirectory(prefix="bench-brief-") as folder:
        target = args.db or str(Path(folder) / "demo.sqlite")
        db = open_database(target)
        try:
            if args.db is None:
                started = time.perf_counter()
                build_demo(db)
                print(f"brief: demo portfolio written in {time.perf_counter() - started:.2f} s")
            for lang in ("ru", "en"):
                with db.session() as session:
                    started = time.perf_counter()
                    pack = build_pack(PackSpec(lang=lang, meeting_id=_latest_meeting(session)), session)
                    built = time.perf_counter() - started
                best = float("inf")
                data = b""
                for _ in range(max(args.repeat, 1)):
                    buffer = io.BytesIO()
                    started = time.perf_counter()
                    render_pack(pack, buffer)
                    best = min(best, time.perf_counter() - started)
                    data = buffer.getvalue()
                pages = len(PdfReader(io.BytesIO(data)).pages)
                projects = len(pack.projects or ())
                total = built + best
                print(f"brief[{lang}]: {projects} projects, {pages} pages, {len(data) / 1e6:.2f} MB; "
                      f"build {built:.2f} s, render {best:.2f} s (best of {max(args.repeat, 1)}), "
                      f"total {total:.2f} s = {pages / total:.0f} pages/s")
                if summary is not None:
                    summary.append((f"briefing pack [{lang}], {pages} pages",
                                    f"{total:.2f} s, {pages / total:.0f} pages/s"))
                if args.out and lang == "ru":
                    Path(args.out).write_bytes(data)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
