"""What the change log says happened since the comparison date: earlier values and net changes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ino_desktop.briefing.model import ChangeLine
from ino_desktop.services.changes import FieldChange, changes_since


@dataclass
class ProjectHistory:
    """One project's changes since the comparison date, oldest first."""

    changes: list[FieldChange] = field(default_factory=list)

    @property
    def added(self) -> bool:
        """Created after the comparison date: it had no values then."""
        return any(c.action == "create" for c in self.changes)

    def value_then(self, name: str, current: Any) -> Any:
        """The field's value at the comparison date: the old value of its first later change, else today's."""
        if self.added:
            return None
        for change in self.changes:
            if change.field == name:
                return change.old
        return current

    def net_changes(self) -> tuple[ChangeLine, ...]:
        """Each changed field once: first old value → latest new value, with the latest source.

        Fields set when the project was created are not listed (the page says "added"), and a field
        changed and changed back is left out: nothing differs from the comparison date.
        """
        by_field: dict[str, list[FieldChange]] = defaultdict(list)
        for change in self.changes:
            if change.action != "create":
                by_field[change.field].append(change)
        lines = []
        for name, changes in by_field.items():
            first, last = changes[0], changes[-1]
            if first.old == last.new:
                continue
            lines.append(ChangeLine(name, first.old, last.new, last.changed_at, last.origin, last.changed_by,
                                    last.file_name, last.sheet, last.cell, len(changes)))
        lines.sort(key=lambda c: (c.changed_at, c.field))
        return tuple(lines)


def histories(session: Session, since: dt.datetime | None, codes: list[str]) -> dict[str, ProjectHistory]:
    """Every selected project's history since `since`; an empty history for each when there is no date."""
    out = {code: ProjectHistory() for code in codes}
    if since is None or not codes:
        return out
    for change in changes_since(session, since, codes):
        out[change.project_code].changes.append(change)
    return out
