"""Status and delivery confidence drawn as small coloured badges, so the eye finds red without reading."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.project_table_model import BADGE_ROLE


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colour = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not isinstance(colour, QColor) or not text:
            super().paint(painter, option, index)
            return
        # Background (selection, alternating rows) as the style draws it; then the badge on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = option.fontMetrics
        height = min(option.rect.height() - 6, fm.height() + 4)
        width = min(option.rect.width() - 8, fm.horizontalAdvance(text) + 26)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 0.5, width, height)
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.setPen(QColor(colour).darker(120))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        dot = QRectF(rect.x() + 6, rect.center().y() - 3, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(dot)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(15, 0, -4, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + 26, max(base.height(), option.fontMetrics.height() + 10))
