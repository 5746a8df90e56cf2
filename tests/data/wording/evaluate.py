"""Measure how the importer reads the wording corpus: header spellings → fields, cell spellings → keys.

Run from the repository root:

    .venv/bin/python tests/data/wording/evaluate.py [--show] [--part learn|holdout|fresh]

Each spelling is read alone (one column, no values to vote) by the importer's own functions. A
header's answer is right when it is the corpus's field, or no field where the corpus says '-' (a
column that must stay unimported). Wrong means another field (a value would be stored in the wrong
place); missed means no field where one was expected (the column is left out with a note).

Parts: `learn` is what rules may be written from; `holdout` is split off by a hash of the spelling
(split.py) and only measured; `fresh` (headers_fresh.tsv) was collected independently, measured once
(79.3 %) and then learned from; `fresh2` (headers_fresh2.tsv) was collected after that, measured once
(83.0 %) and then learned from; `fresh3` (headers_fresh3.tsv, values_fresh3.tsv) was collected after
that, with US and Canadian forms on purpose, and measured once: headers 75.9 % (wrong 16 of 166), values
80.6 % (wrong 5 of 129), then learned from; `fresh4` (headers_fresh4.tsv, values_fresh4.tsv) was collected
after that, from Russian documents only, and measured once: headers 85.2 % (wrong 7 of 155), values 78.8 %
(wrong 2 of 104), then learned from; `fresh5` (headers_fresh5.tsv, values_fresh5.tsv) was collected after
that, close to the original corpus's documents and variants, and measured once: headers 86.7 % (wrong 5 of
120), values 85.6 % (wrong 2 of 90); `fresh6` (Russian registers, programme tables and the software that keeps
them) and `fresh7` (spreadsheets and exports: open data, project tools, snake_case and CamelCase columns,
English portfolio data) were collected at the same time by two collectors who did not read the importer, and
measured once: fresh6 headers 78.3 % (wrong 11 of 161), values 80.4 % (wrong 2 of 97); fresh7 headers 78.2 %
(wrong 16 of 197), values 77.2 % (wrong 2 of 114), then learned from. `fresh8` (the original corpus's variant rules applied
afresh, few document spellings) and `fresh9` (regional progress reports and project cards in the clerk's style)
were collected at the same time after that, and measured once: fresh8 headers 92.1 % (wrong 4 of 190), values
96.6 % (wrong 1 of 119); fresh9 headers 85.9 % (wrong 4 of 156), values 84.7 % (wrong 2 of 98). `fresh10` (federal and regional support
systems: project passports, ФРП and ФСИ forms, СЗПК, ОЭЗ/ТОР registers, investment maps) and `fresh11` (the clerk's
own spreadsheets: telegraphic abbreviations, pasted hyphens, three-level headers, slips, foreign investors'
English) were collected at the same time after that, and measured once: fresh10 headers 77.2 % (wrong 12 of
162), values 67.8 % (wrong 1 of 115); fresh11 headers 79.3 % (wrong 12 of 184), values 73.9 % (wrong 2 of 119), after the three spellings both collectors wrote were kept in fresh10 only. `fresh12` (other regions'
investment-project registers, SEZ and industrial-park reports, cluster programmes) and `fresh13` (federal
ministries' and development institutions' forms) were collected at the same time after that, and measured once:
fresh12 headers 84.2 % (wrong 11 of 165), values 75.5 % (wrong 3 of 98), after the spellings both collectors
wrote were kept in fresh13 only; fresh13 headers 86.3 % (wrong 10 of 197), values 71.7 % (wrong 4 of 120).
`fresh14` (Russian regional forms: programme resource tables, registers, subsidy applications) and `fresh15`
(English-language portfolios: development banks, EU funds, government major-project data) were collected at
the same time after that, and measured once: fresh14 headers 86.4 % (wrong 8 of 176), values 74.8 % (wrong 7 of
103); fresh15 headers 78.0 % (wrong 23 of 227), values 70.9 % (wrong 2 of 103). `fresh16` (investment-project
cards and passports, programme monitoring forms) and `fresh17` (a Siberian programme office's own papers and
spreadsheets) were collected at the same time after that, and measured once: fresh16 headers 89.3 % (wrong 8 of
169), values 80.7 % (wrong 5 of 114); fresh17 headers 79.4 % (wrong 11 of 97), values 89.9 % (wrong 0 of 69).
`fresh18` (agencies' Excel and CSV returns, open-data exports) and `fresh19` (development institutions and support
funds) were collected at the same time after that, and measured once: fresh18 headers 63.8 % (wrong 9 of 127),
values 58.5 % (wrong 2 of 65); fresh19 headers 81.9 % (wrong 6 of 138), values 78.7 % (wrong 3 of 75). `fresh20`
(regions' state-programme and national-project reporting, PPP registers, address programmes) and `fresh21` (the
programme's partners: universities, national corporations, companies, foreign partners) were collected at the
same time after that, and measured once: fresh20 headers 83.2 % (wrong 9 of 137), values 72.5 % (wrong 2 of 69);
fresh21 headers 83.1 % (wrong 6 of 136), values 82.1 % (wrong 4 of 78). `fresh22` (published Russian forms,
trackers and the Tomsk clusters' own papers; its values file holds places, dates and amounts too, read by the
importer's place, date and amount readers) was collected after that and measured once: headers 75.7 % (wrong 15
of 74), values 83.7 % (wrong 5 of 43), then learned from. `fresh23` (national-project dashboards, special
economic zones' forms, open-data trackers; 74 of its header and 29 of its value spellings were already in earlier
parts and left there) was collected with agency22 and measured once: headers 75.6 % (wrong 13 of 78), values
84.1 % (wrong 2 of 44), then learned from. `fresh24` (the UK's major projects data, the World Bank's project list,
Canadian programme reports, Russian regional and grid companies' investment forms; 77 header and 36 value spellings
already in earlier parts left there) was collected with agency23 and measured once: headers 73.2 % (wrong 8 of 82),
values 82.9 % (wrong 2 of 35), then learned from. `fresh25` (the energy ministry's ГИС ТЭК forms, a holding's
project tool, a development bank's proposal form, a major-projects inventory; 26 header and 30 value spellings
already in earlier parts left there) was measured once: headers 87.4 % (wrong 7 of 95), values 86.4 % (wrong 3 of
22), then learned from. `fresh26` (a city's capital programme, EU lists of operations, infrastructure pipelines;
19 header and 17 value spellings already in earlier parts left there) was measured once: headers 75.9 % (wrong 15
of 87), values 83.9 % (wrong 3 of 31), then learned from. `fresh27` (regional address investment programmes and
construction reports, foreign PPP and capital pipelines; 22 header and 15 value spellings already in earlier parts left
there) was collected with agency26 and agency27 and measured once: headers 80.6 % (wrong 10 of 103), values 56.2 %
(wrong 0 of 32), then learned from. `fresh28` (a CRM's project export, a contract traffic light, a technology
initiative's change form, foreign programmes written in Russian; 15 header and 16 value spellings already in earlier
parts left there) was measured once: headers 81.0 % (wrong 15 of 100), values 81.2 % (wrong 2 of 32), then learned
from. `fresh29` (a regional reporting product's dashboards of investment projects, sites and capital programmes, a
cluster subsidy table, city capital plans; 9 header and 7 value spellings already in earlier parts left there) was
collected with agency30 and agency31 and measured once: headers 84.5 % (wrong 10 of 103), values 81.2 % (wrong 0 of
32), then learned from. `fresh30` (a region's project-management system, a construction supply report, contract
registers and a defence-order schema as look-alikes, a donor programme's tracker, a project server's fields;
2 header and 3 value spellings already in earlier parts left there) was collected with agency32 and measured once:
headers 84.8 % (wrong 11 of 112), values 79.5 % (wrong 2 of 39), then learned from. `fresh31` (an oil company's
ERP views of investment programmes, national-project dashboards, energy-ministry forms, a medical federal project's
monitoring, North American capital-project systems; 8 header and 9 value spellings already in earlier parts left
there) was collected with agency34 and measured once: headers 81.1 % (wrong 11 of 111), values 83.3 % (wrong 1 of
36), then learned from. `fresh32` (a region's contest of local self-government projects, a technopark managers'
report form, municipal programmes' financing schedules and reports, a yard-passport registry; 8 header and 10 value
spellings already in earlier parts left there) was collected with agency35 and measured once: headers 81.7 % (wrong 7
of 104), values 96.9 % (wrong 0 of 32), then learned from.
SOURCES.md says how each was made.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = ("learn", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
         "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
         "fresh30", "fresh31", "fresh32")
sys.path.insert(0, str(HERE.parents[2]))

from ino_desktop.importer.mapping import map_columns, match_header  # noqa: E402
from ino_desktop.importer.values import BadValue, amount_with_unit, parse_date, parse_number  # noqa: E402
from ino_desktop.importer.wording.values import match_value  # noqa: E402
from ino_desktop.places import canonical_place  # noqa: E402


@dataclass
class Score:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    held: int = 0  # read as the expected money field and left out, with a note, for a foreign currency
    misses: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def line(self, label: str) -> str:
        held = f"   (of the right, {self.held} left out for a foreign currency)" if self.held else ""
        return (f"{label:<22} {self.right:>4}/{self.total:<4} = {self.share:6.1%}   "
                f"wrong {self.wrong:>3}   missed {self.missed:>3}{held}")


def rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _count(score: Score, spelling: str, want: str | None, got: str | None) -> None:
    if got == want:
        score.right += 1
        return
    if got is None:
        score.missed += 1
    else:
        score.wrong += 1
    score.misses.append(f"{spelling!r}: expected {want or '-'}, got {got or '-'}")


def headers(part: str) -> Score:
    score = Score()
    name = f"headers_{part}.tsv" if part.startswith("fresh") else "headers.tsv"
    for r in rows(name):
        if r["part"] != part:
            continue
        (column,), _unit = map_columns([r["spelling"]])
        want = None if r["field"] == "-" else r["field"]
        if (column.field is None and column.reason is not None and column.reason.code == "why.currency"
                and want is not None and match_header(r["spelling"])[0] == want):
            # The header was understood; its amounts are not roubles, so the importer rightly stores none.
            score.right += 1
            score.held += 1
            continue
        _count(score, r["spelling"], want, column.field)
    return score


def values_file(part: str) -> str | None:
    """The fresh sets keep their own values file; a fresh set without one has no values part."""
    if not part.startswith("fresh"):
        return "values.tsv"
    name = f"values_{part}.tsv"
    return name if (HERE / name).exists() else None


def values(part: str) -> Score | None:
    name = values_file(part)
    if name is None:
        return None
    score = Score()
    for r in rows(name):
        if r["part"] != part:
            continue
        want = None if r["key"] == "-" else r["key"]
        _count(score, f"{r['vocabulary']}: {r['spelling']}", want, _cell(r["vocabulary"], r["spelling"], want))
    return score


def _cell(kind: str, text: str, want: str | None) -> str | None:
    """What the importer reads a cell as: a vocabulary's key, or (for the cells a values file may also hold) a
    canonical place, a date as YYYY-MM-DD, an amount in RUB million (right within 0.05 of the expected)."""
    if kind == "location":
        return canonical_place(text)
    try:
        if kind == "date":
            day = parse_date(text)
            return day.isoformat() if day else None
        if kind == "money_mln":
            amount = amount_with_unit(text)
            amount = parse_number(text) if amount is None else amount
            if amount is None:
                return None
            return want if want is not None and abs(amount - float(want)) < 0.05 else f"{amount:g}"
    except BadValue:
        return None
    return match_value(kind, text).key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every spelling read wrongly or missed")
    ap.add_argument("--part", choices=PARTS, action="append")
    args = ap.parse_args(argv)
    parts = args.part or list(PARTS)
    for part in parts:
        for kind, score in (("headers", headers(part)), ("values", values(part))):
            if score is None:
                continue
            print(score.line(f"{kind} {part}"))
            if args.show:
                for miss in score.misses:
                    print("    " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
