"""Projects and their milestones: the portfolio itself."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, money, name_str, utcnow
from ino_desktop.models.registers import (
    FederalInstrument,
    Organisation,
    _in,
    project_instruments,
    project_organisations,
)
from ino_desktop.reference import MILESTONE_STATUSES, RAGS

# Fields a user or an import may change, in export order; the change log speaks of these names.
PROJECT_FIELDS: tuple[str, ...] = (
    "code", "name", "name_en", "description", "category", "cluster", "work_area", "territory_type",
    "location", "lead_organization", "status", "rag", "start_date", "end_date",
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "problems", "decisions_requested",
    "curator",
)
MONEY_FIELDS = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                "extra_budgetary_confirmed_mln")
DATE_FIELDS = ("start_date", "end_date")
INT_FIELDS = ("jobs_planned", "jobs_created")


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        *(CheckConstraint(f"{f} IS NULL OR {f} >= 0", name=f"{f}_not_negative") for f in MONEY_FIELDS),
        *(CheckConstraint(f"{f} IS NULL OR {f} >= 0", name=f"{f}_not_negative") for f in INT_FIELDS),
        CheckConstraint(
            "extra_budgetary_confirmed_mln IS NULL OR extra_budgetary_mln IS NULL "
            "OR extra_budgetary_confirmed_mln <= extra_budgetary_mln + 0.0001",
            name="confirmed_within_extra",
        ),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR end_date >= start_date", name="dates_ordered"
        ),
        CheckConstraint("rag IS NULL OR " + _in("rag", RAGS), name="rag"),
        Index("ix_projects_cluster_status", "cluster", "status"),
    )

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[name_str]
    name_en: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(ForeignKey("categories.key"), index=True)
    cluster: Mapped[str | None] = mapped_column(ForeignKey("clusters.key"), index=True)
    work_area: Mapped[str | None] = mapped_column(ForeignKey("work_areas.key"), index=True)
    territory_type: Mapped[str | None] = mapped_column(ForeignKey("territory_types.key"))
    location: Mapped[str | None] = mapped_column(String(200))
    lead_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str | None] = mapped_column(ForeignKey("statuses.key"), index=True)
    rag: Mapped[str | None] = mapped_column(String(10))
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    # The end date first planned: kept when end_date moves, so a pack can say how far a project slipped.
    baseline_end_date: Mapped[dt.date | None]
    total_cost_mln: Mapped[money]
    federal_budget_mln: Mapped[money]
    regional_budget_mln: Mapped[money]
    extra_budgetary_mln: Mapped[money]
    extra_budgetary_confirmed_mln: Mapped[money]
    jobs_planned: Mapped[int | None]
    jobs_created: Mapped[int | None]
    problems: Mapped[str | None] = mapped_column(Text)
    decisions_requested: Mapped[str | None] = mapped_column(Text)
    curator: Mapped[str | None] = mapped_column(String(200))
    # When the project's data was last reported (import or edit); stale after STALE_AFTER_DAYS.
    reported_at: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic locking: an edit based on an older version is refused (EditConflict).
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    lead_organization: Mapped[Organisation | None] = relationship(foreign_keys=[lead_organization_id])
    participants: Mapped[list[Organisation]] = relationship(secondary=project_organisations)
    instruments: Mapped[list[FederalInstrument]] = relationship(secondary=project_instruments)
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.planned_date"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    def __repr__(self) -> str:
        return f"<Project {self.code} {self.name!r}>"


@event.listens_for(Project, "before_insert")
@event.listens_for(Project, "before_update")
def _keep_baseline(_mapper: object, _connection: object, project: Project) -> None:
    """The first end date a project gets is its baseline; an edit or import that moves end_date keeps it."""
    if project.baseline_end_date is None and project.end_date is not None:
        project.baseline_end_date = project.end_date


class Milestone(Base):
    __tablename__ = "milestones"
    __table_args__ = (CheckConstraint(_in("status", MILESTONE_STATUSES), name="status"),)

    id: Mapped[intpk]
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    title: Mapped[name_str]
    title_en: Mapped[str | None] = mapped_column(String(500))
    planned_date: Mapped[dt.date | None]
    actual_date: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default="planned")

    project: Mapped[Project] = relationship(back_populates="milestones")
