"""Review meetings: agenda items and decisions, followed up at the next meeting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, name_str
from ino_desktop.models.projects import Project
from ino_desktop.models.registers import _in
from ino_desktop.models.roadmap import RoadmapAction
from ino_desktop.reference import DECISION_STATUSES


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[intpk]
    title: Mapped[name_str]
    title_en: Mapped[str | None] = mapped_column(String(500))
    date: Mapped[dt.date] = mapped_column(index=True)
    chair: Mapped[str | None] = mapped_column(String(200))
    venue: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Decision.number"
    )


class AgendaItem(Base):
    """One agenda point; it may concern a project, a cluster or a roadmap action."""

    __tablename__ = "agenda_items"

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(200))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    cluster: Mapped[str | None] = mapped_column(ForeignKey("clusters.key"))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("roadmap_actions.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    project: Mapped[Project | None] = relationship()
    action: Mapped[RoadmapAction | None] = relationship()


class Decision(Base):
    __tablename__ = "decisions"
    __table_args__ = (CheckConstraint(_in("status", DECISION_STATUSES), name="status"),)

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    deadline: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    follow_up: Mapped[str | None] = mapped_column(Text)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    project: Mapped[Project | None] = relationship()

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.deadline is not None and self.deadline < today
