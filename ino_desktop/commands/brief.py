"""`brief`: print a briefing pack (PDF) for a meeting, the whole portfolio, chosen clusters or a saved view."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ino_desktop import reference as ref
from ino_desktop.briefing import labels
from ino_desktop.briefing.spec import SECTIONS, PackSpec, parse_sections
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import message
from ino_desktop.services.filters import NO_VALUE

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "brief"
HELP = message("cli.brief.help")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_a_date", value=text)) from None


def add_arguments(parser: Parser) -> None:
    """The command's arguments: the pack's scope, sections and language."""
    parser.add_argument("--out", required=True, metavar="PACK.pdf", help=message("cli.brief.out"))
    parser.add_argument("--meeting", type=int, metavar="ID", help=message("cli.brief.meeting"))
    parser.add_argument("--agenda-only", action="store_true", help=message("cli.brief.agenda_only"))
    parser.add_argument("--cluster", action="append", default=[], metavar="KEY", help=message("cli.brief.cluster"))
    parser.add_argument("--view", metavar="NAME", help=message("cli.brief.view"))
    parser.add_argument("--lang", choices=LANGUAGES, default="ru", help=message("cli.brief.lang"))
    parser.add_argument("--since", type=_date, metavar="DATE", help=message("cli.brief.since"))
    parser.add_argument("--as-at", type=_date, metavar="DATE", help=message("cli.brief.as_at"))
    parser.add_argument("--full", action="store_true", help=message("cli.brief.full"))
    parser.add_argument("--sections", metavar="LIST", help=message("cli.brief.sections", sections=", ".join(SECTIONS)))
    for section in SECTIONS:
        parser.add_argument(f"--no-{section}", action="append_const", const=section, dest="off",
                            help=argparse.SUPPRESS)
    parser.add_argument("--marking", metavar="TEXT", help=message("cli.brief.marking"))
    parser.add_argument("--title", metavar="TEXT", help=message("cli.brief.title"))


def _cluster_key(text: str) -> str:
    """A cluster key, or a known spelling of one (Фарма → pharma); unknown text is kept for the refusal."""
    if text.strip() == NO_VALUE:
        return NO_VALUE
    return ref.lookup("cluster", text) or text.strip()


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write a meeting's briefing pack as a PDF."""
    from ino_desktop.briefing.build import build_pack  # the pack and reportlab: only when printing one
    from ino_desktop.briefing.render.pdf import check_target, write_pdf

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
    ctx.say(message("cli.brief.done", file=out, projects=pack.cover.selection.projects,
                    sections="; ".join(_section_title(s, ctx.lang) for s in pack.sections)))
    return 0


def _section_title(section: str, lang: str) -> str:
    """A section by the heading the pack gives it (the cover has none of its own)."""
    if section == "cover":
        return message("cli.brief.cover").render(lang)
    return labels.label(lang, section) if section in labels.LABELS else section
