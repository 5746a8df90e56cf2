"""`brief`: print a briefing pack (PDF) for a meeting, the whole portfolio, chosen clusters or a saved view."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from ino_desktop import reference as ref
from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.render.pdf import check_target, write_pdf
from ino_desktop.briefing.spec import SECTIONS, PackSpec, parse_sections
from ino_desktop.languages import LANGUAGES
from ino_desktop.services.filters import NO_VALUE

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "brief"
HELP = "print a briefing pack (PDF): the ten-minute pack (decisions needed, summary, timeline, …); --full adds the rest"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments: the pack's scope, sections and language."""
    parser.add_argument("--out", required=True, metavar="PACK.pdf", help="the PDF to write (atomically)")
    parser.add_argument("--meeting", type=int, metavar="ID", help="the meeting the pack is for (cover, agenda)")
    parser.add_argument("--agenda-only", action="store_true",
                        help="only the projects and clusters on the meeting's agenda")
    parser.add_argument("--cluster", action="append", default=[], metavar="KEY",
                        help="only this cluster (repeatable; '-' = projects outside clusters)")
    parser.add_argument("--view", metavar="NAME", help="only the projects of this saved view")
    parser.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of headings and labels")
    parser.add_argument("--since", type=_date, metavar="DATE",
                        help="compare with this date (default: the previous meeting's date)")
    parser.add_argument("--as-at", type=_date, metavar="DATE", help="the date the data speaks for")
    parser.add_argument("--full", action="store_true",
                        help="add a page for every project, each cluster's project table, contents and the appendix "
                        "(default: the ten-minute pack; projects on the agenda get their page in any case)")
    parser.add_argument("--sections", metavar="LIST", help=f"comma list of sections ({', '.join(SECTIONS)}); "
                        "switch one off with --no-SECTION, e.g. --no-appendix")
    for section in SECTIONS:
        parser.add_argument(f"--no-{section}", action="append_const", const=section, dest="off",
                            help=argparse.SUPPRESS)
    parser.add_argument("--marking", metavar="TEXT", help="the marking line, e.g. 'Для служебного пользования'")
    parser.add_argument("--title", metavar="TEXT", help="the cover's title when no meeting is chosen")


def _cluster_key(text: str) -> str:
    """A cluster key, or a known spelling of one (Фарма → pharma); unknown text is kept for the refusal."""
    if text.strip() == NO_VALUE:
        return NO_VALUE
    return ref.lookup("cluster", text) or text.strip()


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write a meeting's briefing pack as a PDF."""
    spec = PackSpec(
        lang=args.lang, meeting_id=args.meeting, clusters=tuple(_cluster_key(c) for c in args.cluster),
        view=args.view, agenda_only=args.agenda_only, since=args.since, as_at=args.as_at,
        sections=parse_sections(args.sections, args.off or (), full=args.full), marking=args.marking,
        title=args.title, full=args.full,
    )
    check_target(args.out)
    db = ctx.db(write=False)
    with db.session() as session:
        pack = build_pack(spec, session)
    out = write_pdf(pack, args.out)
    projects = pack.cover.selection.projects
    print(f"{out}: {projects} project(s), {', '.join(pack.sections)}", file=sys.stdout)
    return 0
