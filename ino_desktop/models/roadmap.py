"""The roadmap: editions (2015, 2016) of numbered actions in the five work areas."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, name_str
from ino_desktop.models.projects import Project
from ino_desktop.models.registers import Organisation, _in
from ino_desktop.reference import ACTION_STATUSES

action_organisations = Table(
    "roadmap_action_organisations",
    Base.metadata,
    Column("action_id", ForeignKey("roadmap_actions.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
)

action_projects = Table(
    "roadmap_action_projects",
    Base.metadata,
    Column("action_id", ForeignKey("roadmap_actions.id", ondelete="CASCADE"), primary_key=True),
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
)


class RoadmapEdition(Base):
    __tablename__ = "roadmap_editions"

    id: Mapped[intpk]
    year: Mapped[int] = mapped_column(unique=True)
    title: Mapped[name_str]
    title_en: Mapped[str | None] = mapped_column(String(500))
    approved_on: Mapped[dt.date | None]

    actions: Mapped[list[RoadmapAction]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="RoadmapAction.id"
    )


class RoadmapAction(Base):
    __tablename__ = "roadmap_actions"
    __table_args__ = (
        UniqueConstraint("edition_id", "number"),
        CheckConstraint(_in("status", ACTION_STATUSES), name="status"),
    )

    id: Mapped[intpk]
    edition_id: Mapped[int] = mapped_column(ForeignKey("roadmap_editions.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    work_area: Mapped[str | None] = mapped_column(ForeignKey("work_areas.key"), index=True)
    deadline: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    completed_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    edition: Mapped[RoadmapEdition] = relationship(back_populates="actions")
    responsible: Mapped[list[Organisation]] = relationship(secondary=action_organisations)
    projects: Mapped[list[Project]] = relationship(secondary=action_projects)

    def is_overdue(self, today: dt.date) -> bool:
        return self.status != "done" and self.deadline is not None and self.deadline < today
