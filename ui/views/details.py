"""The read-only details pane of the selected project: facts, money, jobs, problems, milestones, and
where each value came from (the latest change of the field: a file and cell, or a person and date)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ino_desktop import fields
from ino_desktop.services.changes import FieldChange
from ino_desktop.services.details import ProjectDetail, created_row_number
from ui import labels
from ui.i18n.noop import QT_TRANSLATE_NOOP

_CTX = "DetailsPane"
_VOCAB = {"category": "category", "cluster": "cluster", "work_area": "work_area", "territory_type": "territory_type",
          "status": "status", "rag": "rag"}
_FACTS = ("cluster", "work_area", "territory_type", "category", "location", "lead_organization", "status", "rag",
          "start_date", "end_date", "curator")
_MONEY = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln")
_STYLE = """
body { margin: 0; }
h2 { font-size: 13pt; margin: 0 0 2px 0; }
h3 { font-size: 10pt; color: #52606d; margin: 14px 0 4px 0; text-transform: uppercase; }
.sub { color: #6b7785; }
.muted { color: #8a96a3; }
.warn { color: #9a5b00; }
.late { color: #b3261e; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
td.num { text-align: right; }
th { text-align: left; color: #6b7785; font-weight: normal; padding: 2px 10px 2px 0; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class DetailsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        self._detail: ProjectDetail | None = None
        self._as_at = dt.date.today()
        self.lang = "ru"
        self.show_detail(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_detail(self._detail, self._as_at)
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.show_detail(self._detail, self._as_at)

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_detail(self, detail: ProjectDetail | None, as_at: dt.date | None = None) -> None:
        self._detail = detail
        if as_at is not None:
            self._as_at = as_at
        if detail is None:
            self.browser.setHtml(f"<p class='muted'>{escape(self._t('Select a project to see its details.'))}</p>")
            return
        self.browser.setHtml(self._html(detail))


    def _t(self, text: str) -> str:
        """Words used inside the HTML below, translated (literal self.tr calls, so that lupdate finds them)."""
        return {
            "Select a project to see its details.": self.tr("Select a project to see its details."),
            "not given": self.tr("not given"),
            "RUB mln": self.tr("RUB mln"),
            "edited by hand": self.tr("edited by hand"),
            "Never reported": self.tr("Never reported"),
            "Facts": self.tr("Facts"),
            "Participants": self.tr("Participants"),
            "Federal instruments": self.tr("Federal instruments"),
            "Money": self.tr("Money"),
            "Jobs": self.tr("Jobs"),
            "Milestones": self.tr("Milestones"),
            "No milestones": self.tr("No milestones"),
        }.get(text, text)

    # --- rendering -------------------------------------------------------------------------------------
    def _value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return f"<span class='muted'>{escape(self._t('not given'))}</span>"
        if name in _VOCAB:
            return escape(labels.term_name(_VOCAB[name], value, self.lang))
        if name in _MONEY:
            return escape(f"{labels.money(value, self.lang)} {self._t('RUB mln')}")
        if isinstance(value, dt.date):
            return escape(labels.date(value, self.lang))
        if isinstance(value, int):
            return escape(labels.integer(value, self.lang))
        return escape(str(value)).replace("\n", "<br>")

    def _source(self, change: FieldChange | None) -> str:
        if change is None:
            return ""
        when = labels.date(change.changed_at.date(), self.lang)
        if change.origin == "import":
            where = change.file_name or self.tr("import")
            if change.sheet:
                where += f", «{change.sheet}»"
            row = created_row_number(change) if change.cell and ":" in change.cell else None
            if row is not None:  # an imported new project whose field column is not known: its row
                where += ", " + self.tr("row %1").replace("%1", str(row))
            elif change.cell:
                where += f", {change.cell}"
            text = f"{where} · {when}"
        elif change.origin == "manual":
            text = f"{change.changed_by or self._t('edited by hand')} · {when}"
        else:
            text = f"{tr(change.origin)} · {when}"
        return f"<span class='muted'>{escape(text)}</span>"

    def _rows(self, detail: ProjectDetail, names: tuple[str, ...]) -> str:
        # Label | value, with where the value came from in small grey type under it.
        out = []
        for name in names:
            source = self._source(detail.provenance.get(name))
            # No fixed width: the label column is as wide as its longest word, never broken inside one.
            out.append(f"<tr><th>{escape(fields.label(name, self.lang))}</th>"
                       f"<td>{self._value(name, detail.value(name))}"
                       + (f"<br><small>{source}</small>" if source else "") + "</td></tr>")
        return "<table width='100%' cellspacing='0'>" + "".join(out) + "</table>"

    def _html(self, d: ProjectDetail) -> str:
        name = d.value("name_en") if self.lang == "en" and d.value("name_en") else d.value("name")
        other = d.value("name") if name != d.value("name") else d.value("name_en")
        parts = [f"<h2>{escape(name or d.code)}</h2>",
                 f"<p class='sub'>{escape(d.code)}" + (f" · {escape(other)}" if other else "") + "</p>"]
        if d.reported_at is None:
            parts.append(f"<p class='warn'>{escape(self._t('Never reported'))}</p>")
        else:
            days = (self._as_at - d.reported_at).days
            line = self.tr("Last reported %1").replace("%1", labels.date(d.reported_at, self.lang))
            css = "sub"
            if days > 90:
                line += " — " + self.tr("not updated for %1 days").replace("%1", str(days))
                css = "warn"
            parts.append(f"<p class='{css}'>{escape(line)}</p>")
        if d.value("description"):
            parts.append(f"<p>{self._value('description', d.value('description'))}</p>")
        parts += [f"<h3>{escape(self._t('Facts'))}</h3>", self._rows(d, _FACTS)]
        if d.participants:
            parts.append(f"<p><span class='sub'>{escape(self._t('Participants'))}:</span> "
                         f"{escape(', '.join(d.participants))}</p>")
        if d.instruments:
            parts.append(f"<p><span class='sub'>{escape(self._t('Federal instruments'))}:</span> "
                         f"{escape(', '.join(d.instruments))}</p>")
        parts += [f"<h3>{escape(self._t('Money'))}</h3>", self._rows(d, _MONEY),
                  f"<h3>{escape(self._t('Jobs'))}</h3>", self._rows(d, ("jobs_planned", "jobs_created"))]
        for name in ("problems", "decisions_requested"):
            if d.value(name):
                parts += [f"<h3>{escape(fields.label(name, self.lang))}</h3>",
                          f"<p>{self._value(name, d.value(name))}</p>",
                          f"<p>{self._source(d.provenance.get(name))}</p>"]
        parts.append(f"<h3>{escape(self._t('Milestones'))}</h3>")
        if not d.milestones:
            parts.append(f"<p class='muted'>{escape(self._t('No milestones'))}</p>")
        else:
            items = []
            for m in d.milestones:
                late = m.is_overdue(self._as_at)
                status = self.tr("overdue") if late else _milestone_status(m.status, self.lang)
                dates = self.tr("planned %1").replace("%1", labels.date(m.planned_date, self.lang) or "—")
                if m.actual_date:
                    dates += " · " + self.tr("done %1").replace("%1", labels.date(m.actual_date, self.lang))
                items.append(f"<p style='margin: 0 0 6px 0;'>{escape(m.title)}<br><small class='sub'>"
                             f"{escape(dates)} · <span class='{'late' if late else 'sub'}'>{escape(status)}</span>"
                             "</small></p>")
            parts.append("".join(items))
        return "".join(parts)


def _milestone_status(key: str, lang: str) -> str:
    from ino_desktop.reference import MILESTONE_STATUSES

    for term in MILESTONE_STATUSES:
        if term.key == key:
            return term.name(lang)
    return key


# Origins shown in the provenance column; listed so that lupdate collects them.
_ORIGINS = (QT_TRANSLATE_NOOP("DetailsPane", "undo"), QT_TRANSLATE_NOOP("DetailsPane", "demo"),
            QT_TRANSLATE_NOOP("DetailsPane", "system"))
