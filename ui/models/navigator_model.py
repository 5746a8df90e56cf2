"""The navigator's tree: all projects, then clusters, work areas, territories, statuses, confidence,
places, "not updated", and saved views — each with the number of projects it selects."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel

from ino_desktop import reference as ref
from ino_desktop.services.details import SavedViewInfo
from ino_desktop.services.filters import NO_VALUE, ProjectFilter
from ino_desktop.services.portfolio import ProjectRow
from ui import labels
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # the ProjectFilter a node selects (None on a section)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # a stable id of the node ("cluster:nuclear"), for tests and restore
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

_CTX = "NavigatorModel"
# (section key, title, ProjectRow attribute, ProjectFilter field, vocabulary or None for free text)
SECTIONS = (
    ("cluster", QT_TRANSLATE_NOOP("NavigatorModel", "Clusters"), "cluster", "clusters", "cluster"),
    ("work_area", QT_TRANSLATE_NOOP("NavigatorModel", "Work areas"), "work_area", "work_areas", "work_area"),
    ("territory_type", QT_TRANSLATE_NOOP("NavigatorModel", "Territories"), "territory_type", "territory_types",
     "territory_type"),
    ("status", QT_TRANSLATE_NOOP("NavigatorModel", "Status"), "status", "statuses", "status"),
    ("rag", QT_TRANSLATE_NOOP("NavigatorModel", "Delivery confidence"), "rag", "rags", "rag"),
    ("location", QT_TRANSLATE_NOOP("NavigatorModel", "Places"), "location", "locations", None),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)

    def populate(self, rows: list[ProjectRow], stale: int, views: list[SavedViewInfo], lang: str) -> None:
        """Rebuild from the whole portfolio's rows (counts are of all projects, whatever is filtered)."""
        self.clear()
        self.setColumnCount(2)
        root = self.invisibleRootItem()
        root.appendRow(self._node("all", self.tr("All projects"), ProjectFilter(), len(rows), "table", bold=True))
        for key, title, attribute, field, vocabulary in SECTIONS:
            counts = Counter(getattr(r, attribute) for r in rows)
            section = self._section(key, tr(title))
            texts: list[str] = sorted((v for v in counts if v is not None), key=ref.fold)
            values: list[str | None] = list(ref.keys(vocabulary) if vocabulary else texts)
            if None in counts:
                values.append(None)
            for value in values:
                name = labels.term_name(vocabulary, value, lang) if vocabulary else (
                    value if value is not None else labels.not_set(lang))
                node = self._node(f"{key}:{value if value is not None else NO_VALUE}", name,
                                  _only(field, value if value is not None else NO_VALUE),
                                  counts.get(value, 0))
                if key == "rag":
                    node[0].setIcon(_dot(labels.RAG_COLOURS.get(value, "#bdbdbd")))
                section[0].appendRow(node)
            root.appendRow(section)
        root.appendRow(self._node("stale", self.tr("Not updated for 90 days"), ProjectFilter(stale_only=True), stale,
                                  "stale"))
        views_section = self._section("views", self.tr("Saved views"))
        for view in views:
            views_section[0].appendRow(self._node(f"view:{view.id}", view.name, view.filter, None, "saved_view"))
        root.appendRow(views_section)

    @staticmethod
    def _section(key: str, title: str) -> list[QStandardItem]:
        item = QStandardItem(title)
        item.setData(key, KEY_ROLE)
        item.setData(None, FILTER_ROLE)
        item.setEditable(False)
        item.setSelectable(False)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#52606d")))
        count = QStandardItem("")
        count.setEditable(False)
        count.setSelectable(False)
        return [item, count]

    @staticmethod
    def _node(key: str, title: str, flt: ProjectFilter, count: int | None, icon_name: str | None = None,
              *, bold: bool = False) -> list[QStandardItem]:
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(key, KEY_ROLE)
        item.setData(flt, FILTER_ROLE)
        item.setData(count, COUNT_ROLE)
        item.setToolTip(title)
        if icon_name:
            item.setIcon(icon(icon_name))
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        number = QStandardItem("" if count is None else str(count))
        number.setEditable(False)
        number.setData(key, KEY_ROLE)
        number.setData(flt, FILTER_ROLE)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setForeground(QBrush(QColor("#6b7785")))
        return [item, number]

    def keys_for(self, flt: ProjectFilter) -> list[str] | None:
        """The nodes whose combination is `flt` (search text aside), or None when the tree cannot show it."""
        structured = flt.with_(text="")
        if structured.is_empty():
            return ["all"]
        by_field = {field: key for key, _title, _attr, field, _vocab in SECTIONS}
        keys = ["stale"] if flt.stale_only else []
        for f in fields(ProjectFilter):
            values = getattr(flt, f.name)
            if f.name in ("text", "stale_only") or not values:
                continue
            if f.name not in by_field:
                return None  # categories and codes have no node
            keys += [f"{by_field[f.name]}:{value}" for value in values]
        return keys if all(self.find_key(k) is not None for k in keys) else None

    def find_key(self, key: str) -> QStandardItem | None:
        matches = self.match(self.index(0, 0), KEY_ROLE, key, 1,
                             Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return self.itemFromIndex(matches[0]) if matches else None


def _only(field: str, value: str) -> ProjectFilter:
    """The filter that keeps the projects whose `field` is `value`."""
    choice: dict[str, Any] = {field: (value,)}
    return ProjectFilter(**choice)


def combine(filters: list[ProjectFilter]) -> ProjectFilter:
    """Several navigator nodes as one filter: values of a field add up, different fields narrow each other."""
    merged: dict[str, Any] = {}
    for f in fields(ProjectFilter):
        parts = [getattr(flt, f.name) for flt in filters]
        if f.name == "text":
            merged[f.name] = next((t for t in parts if t), "")
        elif f.name == "stale_only":
            merged[f.name] = any(parts)
        else:
            merged[f.name] = tuple(dict.fromkeys(v for part in parts for v in part))
    return ProjectFilter(**merged)


def _dot(hex_code: str) -> QIcon:
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(hex_code))
    painter.drawEllipse(3, 3, 10, 10)
    painter.end()
    return QIcon(pix)
