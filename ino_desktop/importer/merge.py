"""How a row's answers meet the stored project: blanks, clearing words, the three-way merge, identity.

- A blank cell is no answer: it never changes a stored value. A clearing word (rows.SourceRow.cleared)
  removes one.
- A returned data-request template is compared three ways, field by field: what was sent, what the
  office holds now, what the agency returned. Only the agency changed it: applied. Only the office
  changed it since: kept. Both changed it differently: a `Conflict`, applied only if someone decides so.
- A row whose code finds a project but whose name differs strongly, and whose cluster or lead
  organisation differs too, may speak of another project: an identity conflict holds the whole row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from ino_desktop import reference as ref
from ino_desktop.importer.rows import SourceRow, Value
from ino_desktop.messages import FieldName, Message, Shown, message
from ino_desktop.models import MONEY_FIELDS

MONEY_TOLERANCE = 1e-6
IDENTITY = "same project?"  # Conflict.field of an identity conflict
NAME_SIMILARITY = 60.0  # token-set similarity of folded names below which two names "differ strongly"
_CODE = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)$")


@dataclass(slots=True)
class Conflict:
    """A value both sides changed differently since the template went out (or an identity question).
    `take` is the decision: False keeps the office's value (the default), True applies the agency's."""

    field: str
    sent: Value
    office: Value
    agency: Value
    cell: str | None
    take: bool = False

    @property
    def identity(self) -> bool:
        return self.field == IDENTITY

    def describe(self, lang: str = "en") -> str:
        return self.message().render(lang)

    def message(self) -> Message:
        """What the two sides disagree on, values by their labels."""
        if self.identity:
            return message("conflict.identity", agency=Shown(self.agency), office=Shown(self.office))
        return message("conflict.values", field=FieldName(self.field), sent=Shown(self.sent, self.field),
                       office=Shown(self.office, self.field), agency=Shown(self.agency, self.field))

    def decision(self) -> Message:
        """What was done about it."""
        if self.take:
            return message("conflict.same_project" if self.identity else "conflict.agency_applied")
        return message("conflict.row_not_applied" if self.identity else "conflict.office_kept")


def same(field_name: str, old: Value, new: Value) -> bool:
    """Whether an incoming value equals the stored one for this field (money to its precision)."""
    if old == new:
        return True
    if old is None or new is None:
        return False
    if field_name in MONEY_FIELDS:
        return abs(float(old) - float(new)) <= MONEY_TOLERANCE  # type: ignore[arg-type]
    if field_name == "lead_organization":
        return ref.fold(str(old)) == ref.fold(str(new))
    return old == new


def answers(row: SourceRow) -> dict[str, Value]:
    """The fields the row answers: filled cells, and None for each clearing word; blanks left out."""
    cleared = row.cleared
    return {f: v for f, v in row.values.items() if v is not None or f in cleared}


Change = tuple[str, Value, Value, str | None]  # field, stored, new, cell


def merge(new: Mapping[str, Value], old: Mapping[str, Value], sent: Mapping[str, Value] | None,
          cells: Mapping[str, str | None]) -> tuple[list[Change], list[Conflict]]:
    """The changes to apply and the conflicts; three-way for the fields `sent` holds, else two-way."""
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for f, agency in new.items():
        office = old.get(f)
        if sent is not None and f in sent:
            was = sent[f]
            if same(f, was, agency) or same(f, office, agency):
                continue  # the agency left it as sent (the office's edit, if any, stands), or both agree
            if same(f, office, was):
                changes.append((f, office, agency, cells.get(f)))
            else:
                conflicts.append(Conflict(f, was, office, agency, cells.get(f)))
        elif not same(f, office, agency):
            changes.append((f, office, agency, cells.get(f)))
    return changes, conflicts


def identity_conflict(new: Mapping[str, Value], old: Mapping[str, Value], cell: str | None) -> Conflict | None:
    """An identity question when the row's name is far from the stored one and its cluster or lead
    organisation (where both sides give one) differs as well."""
    name, stored = new.get("name"), old.get("name")
    if not name or not stored:
        return None
    if fuzz.token_set_ratio(ref.fold(str(name)), ref.fold(str(stored))) >= NAME_SIMILARITY:
        return None
    others = [f for f in ("cluster", "lead_organization")
              if new.get(f) is not None and old.get(f) is not None and not same(f, old[f], new[f])]
    return Conflict(IDENTITY, None, stored, name, cell) if others else None


def code_key(code: str) -> tuple[str, int] | None:
    """'INO-002', 'ino 0002' and 'INO0002' all give ('ino', 2): how a mistyped code is recognised."""
    found = _CODE.match(code.strip())
    if not found:
        return None
    prefix = re.sub(r"[\W_]+", "", ref.fold(found.group("prefix")))
    return prefix, int(found.group("number"))


def next_codes(existing: Iterable[str], count: int, prefix: str = "INO-", width: int = 4) -> list[str]:
    """`count` new codes after the highest number the portfolio and the file use with `prefix`."""
    top = 0
    wanted = code_key(prefix + "0")
    for code in existing:
        key = code_key(code)
        if key is not None and wanted is not None and key[0] == wanted[0]:
            top = max(top, key[1])
    return [f"{prefix}{n:0{width}d}" for n in range(top + 1, top + 1 + count)]
