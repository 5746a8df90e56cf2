"""Column headers (and the values under them) → catalogue fields.

A column named by the agency's saved profile or by the user (`import --map`) takes that field. Every
other column is scored for every field: the header's words (`wording.headers`, parent and child read
together) times what its values allow, plus what its values point at (`wording.evidence`). Fields are
then given to columns in one global assignment (`wording.assign`): each field at most once, the best
total. A column scoring at least ACCEPT is imported; one between DECIDE and ACCEPT is left out and
listed as "needs a decision" with its best guess; a column that looks like a field another column took
is left out with a note naming both. A wrong mapping is worse than none.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence

from ino_desktop import fields as catalogue
from ino_desktop.importer.limits import column_letter
from ino_desktop.importer.row_units import gives_money_units, names_row_units
from ino_desktop.importer.rows import ColumnMapping, Profile
from ino_desktop.importer.spans import holds_spans, names_a_period, span
from ino_desktop.importer.values import (
    ROUBLES,
    BadValue,
    english_heading,
    english_table,
    foreign_currency,
    parse_english_number,
    parse_number,
    shown_factor,
    unit_factor,
)
from ino_desktop.importer.wording.assign import best_assignment
from ino_desktop.importer.wording.evidence import ColumnValues, profile, vote
from ino_desktop.importer.wording.headers import read_header
from ino_desktop.importer.wording.heads import OWN_PROGRAMME, PROJECT, is_adjective
from ino_desktop.importer.wording.normal import words
from ino_desktop.importer.wording.periods import period, without_period
from ino_desktop.importer.wording.phrases import Hit
from ino_desktop.messages import Amount, FieldName, FieldNames, Joined, Message, message
from ino_desktop.reference import fold
from ino_desktop.rules import MONEY_FIELDS, PART_FIELDS, tolerance

ACCEPT = 0.6  # a column is imported from this score on
DECIDE = 0.3  # from this score on, a column not imported is listed as needing a decision
CLEAR_HEADER = 0.8  # a header this clear is not overruled by values that its field's checks reject anyway
# Kinds whose every cell is parsed and checked: a wrong value there rejects its row, never slips in.
CHECKED_KINDS = frozenset({catalogue.MONEY, catalogue.COUNT, catalogue.DATE, catalogue.VOCAB})
UNOWNED_NUMBER = 0.97  # a number whose header does not say it is the project's, against one that does
TIE = 0.03  # two fields closer than this for one column: it cannot tell them apart
HEADER_ROW = 0.5  # a header text naming a field this well counts towards finding the header row

FIELDS: tuple[str, ...] = tuple(f.key for f in catalogue.IMPORTABLE)


def match_header(header: str) -> tuple[str | None, float, str]:
    """(field, score, "header") for one header text on its own words, or (None, 0.0, "unmapped")."""
    reading = read_header(header)
    best = reading.best()
    if best is None or reading.vetoed or best.score < HEADER_ROW:
        return None, 0.0, "unmapped"
    return best.key, best.score, "header"


def map_columns(headers: Sequence[str], profile_: Profile | None = None, title_unit: float | None = None,
                samples: Sequence[Sequence[object]] | None = None,
                title_currency: str | None = None, *,
                shown_units: Mapping[int, frozenset[tuple[str, int, str]]] | None = None,
                ) -> tuple[list[ColumnMapping], list[Message]]:
    """A mapping for every column with a header, and notes on columns left out.

    `samples[i]`: the first data cells of column i (for the values' vote). The profile's `chosen`
    (header → field decided by the user, `--map`) wins over its saved columns. `shown_units[i]`: the units
    column i's cells show through their number format (readers.RawSheet)."""
    chosen = profile_.chosen if profile_ else {}
    fixed = {fold(k): v for k, v in (profile_.columns if profile_ else {}).items()}
    fixed.update({fold(k): v for k, v in chosen.items()})
    mappings: list[ColumnMapping] = []
    open_columns: list[ColumnMapping] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        mapping = ColumnMapping(index, column_letter(index), header, None, 0.0, "unmapped")
        key = fold(header)
        if key in fixed:
            mapping.field, mapping.confidence = fixed[key], 1.0
            mapping.how = "user" if chosen and key in {fold(k) for k in chosen} else "profile"
            mapping.reason = message("why.user" if mapping.how == "user" else "why.profile")
        else:
            open_columns.append(mapping)
        mappings.append(mapping)
    taken = {m.field for m in mappings if m.field}
    notes = _assign(open_columns, [f for f in FIELDS if f not in taken], samples)
    if samples:
        _periods(mappings, samples)
    said: set[int] = set()  # the money columns whose unit their header or their cells' format says
    units = _row_units(mappings, samples, notes)
    english = english_table(headers, samples or ())
    for mapping in mappings:
        if mapping.field in MONEY_FIELDS:
            column = samples[mapping.index] if samples and mapping.index < len(samples) else ()
            mapping.english_numbers = english and english_heading(mapping.header)
            formats = (shown_units or {}).get(mapping.index, frozenset())
            _money_unit(mapping, formats, column, notes, said, title_unit=title_unit, title_currency=title_currency,
                        units=units)
    _unsaid_alike(mappings, notes, said)
    return mappings, notes


def _row_units(mappings: list[ColumnMapping], samples: Sequence[Sequence[object]] | None,
               notes: list[Message]) -> tuple[int, frozenset[int]] | None:
    """A column that gives each row's unit of money («Ед. изм.» over «тыс. руб.», «млн руб.»), and the money columns
    it serves: those right after it, one after another. A units column followed by anything else («Показатель |
    Ед. изм. | Значение») is an indicator's; one whose money columns say their own unit serves none."""
    if not samples:
        return None
    ordered = sorted(mappings, key=lambda m: m.index)
    for at, mapping in enumerate(ordered):
        if mapping.how in ("user", "profile") or (mapping.field and mapping.how != "values"):
            continue
        cells = samples[mapping.index] if mapping.index < len(samples) else ()
        if not (names_row_units(mapping.header) and gives_money_units(cells)):
            continue
        served = list(itertools.takewhile(lambda m: m.field in MONEY_FIELDS, ordered[at + 1:]))
        if not served or any(unit_factor(m.header) is not None for m in served):
            return None
        mapping.field, mapping.how, mapping.guess = None, "unmapped", None
        mapping.reason = message("why.row_units")
        notes.append(message("note.row_units", column=mapping.letter, header=mapping.header))
        return mapping.index, frozenset(m.index for m in served)
    return None


def _money_unit(mapping: ColumnMapping, formats: frozenset[tuple[str, int, str]], column: Sequence[object],
                notes: list[Message], said: set[int], *, title_unit: float | None, title_currency: str | None,
                units: tuple[int, frozenset[int]] | None) -> None:
    """A money column's unit: its header's, its cells' format's, its rows' (a units column) or the title's; or
    the column left out with a note (another currency; no unit said and amounts too large for millions)."""
    field = mapping.field or ""
    scaled = any(not fmt[2] for fmt in formats)  # '#,##0,': the cells show thousands, the unit said elsewhere
    row_unit = units[0] if units is not None and mapping.index in units[1] else None  # each row's unit, said
    shown = _shown(mapping, field, frozenset(fmt for fmt in formats if fmt[2]), notes, title_unit)
    said_elsewhere = row_unit is not None or title_unit is not None
    if mapping.field is None or (scaled and not _scale_said(mapping, field, formats, notes,
                                                            said_elsewhere=said_elsewhere)):
        return
    own_unit = unit_factor(mapping.header) or (shown[1] if shown else None)
    if own_unit is not None:
        said.add(mapping.index)
    # The sheet's title speaks for a column that states no unit of its own, as its scale does.
    currency = (foreign_currency(mapping.header) or (foreign_currency(shown[0]) if shown else None)
                or (title_currency if own_unit is None else None))
    if currency is not None:
        notes.append(message("note.column_currency", column=mapping.letter, header=mapping.header,
                             field=FieldName(field), currency=currency))
        mapping.field, mapping.how = None, "excluded"
        mapping.reason = message("why.currency", currency=currency)
        return
    stated = own_unit or title_unit
    if own_unit is None and row_unit is not None:
        mapping.unit_from = row_unit  # each row's unit cell says it; no amount is judged on millions
        mapping.unit_factor = stated or 1.0
        mapping.unit_said = stated is not None
        said.add(mapping.index)
        return
    typical = _typical_amount(column, mapping.english_numbers)
    if stated is None and typical is not None and typical > IMPLAUSIBLE_MLN:
        notes.append(message("note.column_scale", column=mapping.letter, header=mapping.header,
                             field=FieldName(field), amount=Amount(typical)))
        mapping.field, mapping.how = None, "excluded"
        mapping.reason = message("why.scale")
        return
    mapping.unit_factor = stated or 1.0
    mapping.unit_said = stated is not None


_OTHER_END = {"start_date": "end_date", "end_date": "start_date"}


def _periods(mappings: list[ColumnMapping], samples: Sequence[Sequence[object]]) -> None:
    """Columns whose cells are periods («с 2023 по 2026»; `importer.spans`): a date column reads them by
    their first or last day and gives the other date where no column does; a column left out whose header
    names a period («Сроки реализации») gives both dates."""
    held = {m.field for m in mappings if m.field}
    for mapping in mappings:
        open_ = mapping.field is None and mapping.how not in ("user", "profile", "excluded")
        if not (open_ or mapping.field in _OTHER_END):
            continue
        cells = samples[mapping.index] if mapping.index < len(samples) else ()
        if not holds_spans(cells):
            continue
        if open_:
            # a date column its periods kept from its field (they are no dates), or a «Сроки реализации»
            said = match_header(mapping.header)[0]
            own = said if said in _OTHER_END else "end_date" if names_a_period(mapping.header) else None
            if own is None or own in held:
                continue
            mapping.field, mapping.how, mapping.guess, mapping.confidence = own, "values", None, 0.9
            example = next(str(c).strip() for c in cells if span(c) is not None)
            mapping.reason = message("why.periods", example=example)
            held.add(own)
        if mapping.field in _OTHER_END:
            mapping.spans = True
            other = _OTHER_END[mapping.field]
            if other not in held:
                mapping.also = other
                held.add(other)


def _shown(mapping: ColumnMapping, field: str, formats: frozenset[tuple[str, int, str]],
           notes: list[Message], title_unit: float | None) -> tuple[str, float | None] | None:
    """The unit a money column's cells show (its text and factor to millions), when their formats show one;
    a column whose cells show different units, or another unit than its header says, or than the title says
    where the header says none («…, млн руб.» over «1 500,00 ₽»), is left out with a note: which one the
    amounts are in cannot be told."""
    units = {(fmt[2], shown_factor(fmt)) for fmt in formats}
    if not units:
        return None
    factors = {factor for _, factor in units}
    own = unit_factor(mapping.header)
    if len(factors) > 1 or (own is not None and factors != {own}):
        notes.append(message("note.column_units_differ", column=mapping.letter, header=mapping.header,
                             field=FieldName(field), shown=Joined(tuple(sorted(text for text, _ in units)))))
        mapping.field, mapping.how, mapping.reason = None, "excluded", message("why.units_differ")
        return None
    shown = min(units, key=lambda unit: unit[0])
    if own is None and title_unit is not None and (unit_factor(shown[0]) or shown[1]) != title_unit:
        notes.append(message("note.column_units_differ_title", column=mapping.letter, header=mapping.header,
                             field=FieldName(field), shown=shown[0]))
        mapping.field, mapping.how, mapping.reason = None, "excluded", message("why.units_differ_title")
        return None
    return shown


def _scale_said(mapping: ColumnMapping, field: str, formats: frozenset[tuple[str, int, str]], notes: list[Message],
                *, said_elsewhere: bool) -> bool:
    """Whether the unit of the numbers a column's cells show in thousands ('#,##0,') is said: by its header, or
    elsewhere (the title, a units column), and not as plain roubles (what is shown is no roubles). Else the column
    is left out with a note: what the clerk reads in the cells cannot be told."""
    own = unit_factor(mapping.header)
    if any(fmt[2] for fmt in formats) or own == ROUBLES:
        shown = Joined(tuple(sorted(fmt[2] or "#,##0" + "," * fmt[1] for fmt in formats)))
        notes.append(message("note.column_units_differ", column=mapping.letter, header=mapping.header,
                             field=FieldName(field), shown=shown))
        mapping.field, mapping.how, mapping.reason = None, "excluded", message("why.units_differ")
        return False
    if own is None and not said_elsewhere:
        notes.append(message("note.column_scaled_unsaid", column=mapping.letter, header=mapping.header,
                             field=FieldName(field)))
        mapping.field, mapping.how, mapping.reason = None, "excluded", message("why.scale")
        return False
    return True


def _unsaid_alike(mappings: list[ColumnMapping], notes: list[Message], said: set[int]) -> None:
    """Where one money column of a table was left out for amounts too large for millions with no unit said,
    the table's other money columns that say no unit are left out too: their unit is the same unsaid one."""
    if not any(m.how == "excluded" and m.reason is not None and m.reason.code == "why.scale" for m in mappings):
        return
    for mapping in mappings:
        if mapping.field in MONEY_FIELDS and mapping.index not in said:
            notes.append(message("note.column_scale_alike", column=mapping.letter, header=mapping.header,
                                 field=FieldName(mapping.field)))
            mapping.field, mapping.how, mapping.reason = None, "excluded", message("why.scale")


# A column that states no unit is in millions (the forms' default). Where its typical amount would then make a
# project of over 100 billion roubles, the unit is more likely thousands or roubles left unsaid: it is left out
# with a note rather than stored a thousand times too large.
IMPLAUSIBLE_MLN = 100_000.0


def _typical_amount(cells: Sequence[object], english: bool = False) -> float | None:
    """The median of a column's positive plain numbers (None when it has fewer than three)."""
    numbers = sorted(n for n in (_plain_number(c, english) for c in cells) if n is not None and n > 0)
    return numbers[len(numbers) // 2] if len(numbers) >= 3 else None


def _assign(columns: list[ColumnMapping], free: list[str],
            samples: Sequence[Sequence[object]] | None) -> list[Message]:
    if not columns or not free:
        return []
    # each column's values are profiled once: they vote for its field and say why a header was not taken
    profiles = [profile(samples[c.index] if samples and c.index < len(samples) else ()) for c in columns]
    scored = [_scores(c, free, values) for c, values in zip(columns, profiles, strict=True)]
    later = _later_period(columns)
    _parts_yield(columns, scored, free)
    _kinds_yield(columns, scored, free)
    for at, column in enumerate(columns):
        if column.index in later:  # an earlier period's state is history: its latest column speaks for it
            scored[at] = [(0.0, None) if catalogue.field(f).kind not in _SLICED else s for f, s in zip(
                free, scored[at], strict=True)]
    matrix = [[s for s, _ in row] for row in scored]
    # Columns are imported by the best total of the scores that import (a weak second reading of one
    # column must not pull a field away from another that reads as it well); the guesses offered for the
    # rest come from the best total of the scores worth a decision.
    choice = best_assignment(matrix, ACCEPT)
    guesses = best_assignment(matrix, DECIDE)
    notes: list[Message] = []
    winner_of: dict[str, ColumnMapping] = {}
    for column, pick, row in zip(columns, choice, scored, strict=True):
        if pick is not None:  # best_assignment pairs only scores of ACCEPT and above, all read from the header
            score, reason = row[pick]
            column.field, column.confidence, column.reason, column.how = free[pick], round(score, 2), reason, "header"
            winner_of[free[pick]] = column
    for column, pick, row in zip(columns, choice, scored, strict=True):
        if column.field is None or pick is None:
            continue
        # A column that reads as two free fields equally well ("State": a status or a region) is not guessed.
        score = row[pick][0]
        rivals = [free[j] for j in range(len(free)) if j != pick and free[j] not in winner_of
                  and score - row[j][0] < TIE]
        if rivals:
            del winner_of[free[pick]]
            column.field, column.how, column.guess = None, "decide", free[pick]
            notes.append(message("note.column_tie", column=column.letter, header=column.header,
                                 field=FieldName(free[pick]), rivals=FieldNames(tuple(rivals))))
    if "total_cost_mln" in free and "total_cost_mln" not in winner_of and samples:
        _total_by_sum(columns, winner_of, samples)
    for column, pick, row, values in zip(columns, guesses, scored, profiles, strict=True):
        if column.field is not None or column.how == "decide":  # a tie is noted once, above
            continue
        best = max(range(len(free)), key=lambda j: row[j][0])
        score, reason = row[best]
        rival = winner_of.get(free[best])
        if rival is not None and score >= DECIDE:
            # Its best field went to a column that fits it better: both are named, the user chooses.
            column.how, column.guess, column.confidence, column.reason = "decide", free[best], round(score, 2), reason
            notes.append(message("note.column_also", column=column.letter, header=column.header,
                                 field=FieldName(free[best]), other=rival.letter, other_header=rival.header))
        elif pick is not None:
            score, reason = row[pick]
            column.how, column.guess, column.confidence, column.reason = "decide", free[pick], round(score, 2), reason
            notes.append(message("note.column_decide" if reason is not None else "note.column_decide_plain",
                                 column=column.letter, header=column.header, field=FieldName(free[pick]),
                                 score=round(score * 100), why=reason))
        elif column.index in later:
            latest = later[column.index]
            column.reason = message("why.earlier_period", column=latest.letter, header=latest.header)
        else:
            column.reason = _why_not(column.header, values)
    for column in columns:
        if column.reason is not None and column.reason.code == "why.sum":
            notes.append(message("note.column_total", column=column.letter, header=column.header,
                                 field=FieldName("total_cost_mln"), parts=column.reason.params["columns"]))
    return notes


PART = 0.5  # what a column that is a part of another ("в т.ч. …") keeps of a field the other reads as well
_PART_MARKS = frozenset({"включая", "including"})  # "в т.ч.", "из них", "of which", "incl." (wording.normal)


def _parts_yield(columns: Sequence[ColumnMapping], scored: list[list[tuple[float, Message | None]]],
                 free: Sequence[str]) -> None:
    """A column that says it is a part ("в т.ч. привлечённые средства") of a column before it ("Внебюджетные
    источники всего") gives way to that column for a field both read as: the whole is the field, the part a
    share of it; and it is never the total cost. Parts of other fields ("Всего" | "в т.ч. федеральный бюджет")
    are untouched."""
    part = [_is_part(c.header) for c in columns]
    if not any(part):
        return
    # the field each whole column reads best, where it reads it well enough to be imported
    best = [max(range(len(row)), key=[score for score, _ in row].__getitem__) if row else -1 for row in scored]
    for at, row in enumerate(scored):
        if not part[at]:
            continue
        for j, (score, reason) in enumerate(row):
            whole = free[j] == "total_cost_mln"  # a part of anything is never the project's whole cost
            if score >= DECIDE and (whole or any(not part[k] and best[k] == j and scored[k][j][0] >= ACCEPT
                                                 for k in range(at))):
                row[j] = (score * PART, reason)


# Borrowed money named as a noun ("Bank loan", «Кредиты банков», «Заём ФРП», "Debt"): another kind of the
# extra-budgetary money than the investor's own (its adjectives, «кредитный рейтинг», name no money)
_LOANS = ("кредит", "заем", "займ", "loan", "debt", "borrowing", "лизинг", "leasing", "bond", "облигаци")
# …its parties, terms and ratios are no amount of it («Кредитор», «Ставка по кредиту, %», "Loan term", "Debt/EBITDA")
_LOAN_NOT_AMOUNT = ("кредитор", "заемщик", "ставк", "срок", "rate", "term", "ratio", "ebitda", "lender", "borrower",
                    "да", "нет", "yes")
# …and a loan written as a grant's alternative («Сумма гранта (займа) по договору», "Grant/loan") is a fund's support
# to the project, no borrowing of the investor's (a loan with a grant part or a subsidised rate is still a loan)
_GRANT_OR_LOAN = re.compile(r"(?:грант|субсиди|grant|subsid)\w*\s*(?:\(|/|или|\bor\b)\s*(?:займ|заем|заём|кредит|loan)")


def _kinds_yield(columns: Sequence[ColumnMapping], scored: list[list[tuple[float, Message | None]]],
                 free: Sequence[str]) -> None:
    """Own funds, equity and borrowed money are kinds of the extra-budgetary money (the catalogue's `parts`). A
    column that names one kind gives way to a column of the whole ("Own funds" | "Private, total"): the whole
    is the field. With no whole, a kind beside another kind ("Собственные средства" | "Заемные средства", "Own
    funds" | "Bank loan") is not the field either: their sum is, which no one cell holds; it is left for a
    decision, never stored as the whole."""
    for j, key in enumerate(free):
        parts = catalogue.field(key).parts
        if not parts:
            continue
        kinds, wholes, loans = [], 0, 0
        for at, column in enumerate(columns):
            if _is_part(column.header):
                continue  # "в т.ч. заемные средства": a part said, which _parts_yield has weighed already
            score = scored[at][j][0]
            hit = read_header(column.header).hits.get(key)
            if score >= DECIDE and hit is not None and hit.phrase in parts:
                kinds.append(at)
            elif score >= ACCEPT:
                wholes += 1
            elif _names_a_loan(column.header):
                loans += 1
        if wholes or len(kinds) + loans >= 2:
            for at in kinds:
                score, reason = scored[at][j]
                scored[at][j] = (score * PART, reason)


def _names_a_loan(header: str) -> bool:
    said = words(header)
    if said.percent or said.count_unit or said.person:
        return False
    return (any(t.word.startswith(_LOANS) and not is_adjective(t.word) for t in said.tokens)
            and not any(t.word.startswith(_LOAN_NOT_AMOUNT) for t in said.tokens)
            and _GRANT_OR_LOAN.search(fold(header)) is None)


def _is_part(header: str) -> bool:
    tokens = words(header.rsplit(" / ", 1)[-1]).tokens
    return bool(tokens) and tokens[0].word in _PART_MARKS


# Amounts and counts said per period are slices of the project's, never its whole (one_year in the headers).
_SLICED = frozenset({catalogue.MONEY, catalogue.COUNT})


def _later_period(columns: Sequence[ColumnMapping]) -> dict[int, ColumnMapping]:
    """Columns repeated per period ("Q1 2021 / Status", "Q2 2021 / Status"): each earlier one's index → the
    latest one's column, which alone says the project's state, date or issues now."""
    now = dt.date.today()
    today = (now.year, now.month, now.day)
    groups: dict[str, list[tuple[tuple[int, int, int], ColumnMapping]]] = {}
    for column in columns:
        when = period(column.header)
        if when is not None:
            groups.setdefault(without_period(column.header), []).append((when, column))
    out: dict[int, ColumnMapping] = {}
    for group in groups.values():
        if len(group) < 2 or len({when for when, _ in group}) < len(group):
            continue  # one period alone, or two columns of the same period: nothing to order
        past = [g for g in group if g[0] <= today]  # a period still to come is a forecast, not the state now
        if not past:
            continue
        latest = max(past, key=lambda g: g[0])[1]
        out.update({column.index: latest for _, column in group if column is not latest})
    return out


def _total_by_sum(columns: list[ColumnMapping], winner_of: dict[str, ColumnMapping],
                  samples: Sequence[Sequence[object]]) -> None:
    """A column left over whose numbers are, row by row, the sum of the budget parts is the total cost
    (a bare "Всего" or "Итого" beside the parts says no more than that)."""
    parts = [winner_of[f] for f in PART_FIELDS if f in winner_of]
    if len(parts) < 2:
        return
    for column in columns:
        if column.field is not None or read_header(column.header).vetoed or column.index >= len(samples):
            continue
        if sums_parts(samples[column.index], [samples[p.index] for p in parts]):
            column.field, column.how, column.guess, column.confidence = "total_cost_mln", "values", None, 0.9
            column.reason = message("why.sum", columns=",".join(p.letter for p in parts))
            winner_of["total_cost_mln"] = column
            return


def sums_parts(total: Sequence[object], parts: Sequence[Sequence[object]]) -> bool:
    """Whether, on nearly every row with numbers, `total` equals the sum of `parts` (0.1 rounding allowed)."""
    checked = agreed = 0
    for i, cell in enumerate(total):
        value = _plain_number(cell)
        if value is None:
            continue
        numbers = [_plain_number(p[i]) if i < len(p) else None for p in parts]
        given = [n for n in numbers if n is not None]
        if not given:
            continue
        checked += 1
        agreed += abs(value - sum(given)) <= tolerance(value)
    return checked >= 2 and agreed >= 0.8 * checked


def _plain_number(cell: object, english: bool = False) -> float | None:
    try:
        return None if isinstance(cell, bool) else (parse_english_number if english else parse_number)(cell)
    except BadValue:
        return None


def _scores(column: ColumnMapping, free: Sequence[str], values: ColumnValues) -> list[tuple[float, Message | None]]:
    reading = read_header(column.header)
    # the programme's ("INO code": the programme numbers its projects), or the project's own where the header keeps
    # it nowhere else ("Идентификатор проекта в ГИСП" is the other system's number for the project)
    tokens = words(column.header).tokens
    owned = any(t.word in OWN_PROGRAMME for t in tokens) or (
        any(t.stem in PROJECT for t in tokens) and not any(t.qualifier for t in tokens))
    out: list[tuple[float, Message | None]] = []
    for field in free:
        if reading.vetoed:
            out.append((0.0, message("why.vetoed", what=reading.vetoed)))
            continue
        hit = reading.hits.get(field)
        sibling = _sibling_hit(field, reading.hits, values)
        if sibling is not None and (hit is None or sibling.score > hit.score):
            hit = sibling
        said = vote(field, values)
        header_score = hit.score if hit else 0.0
        factor = said.factor
        if header_score >= CLEAR_HEADER and catalogue.field(field).kind in CHECKED_KINDS and not _values_deny(
                field, values):
            factor = max(factor, 0.9)  # its cells are checked one by one: bad ones reject their rows, loudly
        if header_score:
            lifted = header_score >= DECIDE and field not in reading.elsewhere  # "Permit Status": not by its values
            score = min(1.0, header_score * factor + (said.bonus if lifted else 0.0))
            if field == "code" and not owned and score >= ACCEPT:
                # "Рег. номер" beside "Код проекта": the one that says whose number wins (a tie-break only)
                score = max(ACCEPT, score * UNOWNED_NUMBER)
        else:
            score = min(said.bonus, ACCEPT - 0.01)  # values alone never import a column: they suggest
        out.append((score, _why(hit, said.reason)))
    return out


# A branch of the economy («Отрасль», "Sector", «Сфера») is a project's category or its cluster: where the header
# reads a category and nearly all the column's values are clusters, and no other list's terms, the values decide
# (not the other way: a cluster column holding "Промышленность" holds work areas as much as categories).
NEARLY_ALL = 0.8
HARDLY_ANY = 0.2  # the share of the values another list may know


def _sibling_hit(field: str, hits: dict[str, Hit], values: ColumnValues) -> Hit | None:
    """The header's reading as a category, taken for the cluster where the column's values say so (above)."""
    hit = hits.get("category") if field == "cluster" else None
    if hit is None or not _values_deny("category", values):
        return None
    own = catalogue.field(field).vocabulary or ""
    if any(share > HARDLY_ANY for name, share in values.vocab.items() if name != own):
        return None
    return hit if values.vocab.get(own, 0.0) >= NEARLY_ALL else None


UNKNOWN_SPREAD = 3  # different texts a column must hold, hardly any of its field's kind, to be no column of it
HARDLY = 0.2  # the share of a column's cells of its field's kind, below which it hardly holds that kind


def _values_deny(field: str, values: ColumnValues) -> bool:
    """A column whose several different texts are hardly ever its field's kind: amounts or counts that are
    names ("Индустриальный партнер" holding companies, where the partner's money was read), dates that are
    not dates, terms its vocabulary hardly knows, or places more often than its terms ("Площадка
    размещения" holding "г. Северск", where a territory type was read). Its header is read wrong, or its
    terms are another list: it is left for a decision rather than nearly every row rejected for it."""
    entry = catalogue.field(field)
    if entry.kind == catalogue.VOCAB:
        share = values.vocab.get(entry.vocabulary or "", 0.0)
        if values.places > share:
            return True
    elif entry.kind in (catalogue.MONEY, catalogue.COUNT):
        share = values.numbers
    elif entry.kind == catalogue.DATE:
        share = values.dates + values.years
    else:
        return False
    return values.texts >= UNKNOWN_SPREAD and share < HARDLY


def _why(hit: Hit | None, values: Message | None) -> Message | None:
    """Why a field for a column: the header's words that matched its phrase, and what the values say."""
    if hit is None:
        return message("why.values", values=values) if values is not None else None
    words = ", ".join(hit.matched)
    if values is None:
        return message("why.header", words=words, phrase=hit.phrase)
    return message("why.header_values", words=words, phrase=hit.phrase, values=values)


def _why_not(header: str, values: ColumnValues) -> Message:
    reading = read_header(header)
    if reading.vetoed:
        return message("why.vetoed", what=reading.vetoed)
    best = reading.best()
    if best is not None and best.score >= CLEAR_HEADER and _values_deny(best.key, values):
        # the header says a field its cells are not ("Индустриальный партнёр" over companies' names)
        return message("why.values_deny", field=FieldName(best.key))
    return message("why.no_match")
