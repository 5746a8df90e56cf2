"""Who changed what, when and from which file: import batches, the change log, saved profiles."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"
    __table_args__ = (CheckConstraint("state IN ('applied', 'undone')", name="state"),)

    id: Mapped[intpk]
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str | None] = mapped_column(String(200))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(String(200))
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    unchanged_count: Mapped[int] = mapped_column(default=0)
    rejected_count: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(10), default="applied")
    undone_at: Mapped[dt.datetime | None]
    # JSON {sheet: {field: column letter}}: the mapping used, so a created project's fields have cells.
    columns_json: Mapped[str | None] = mapped_column(Text)

    changes: Mapped[list[ChangeLog]] = relationship(back_populates="batch")


class ChangeLog(Base):
    """One change to one project field. Values are JSON text so that dates and numbers round-trip.

    origin: 'manual' (an edit in the window), 'import' (batch + sheet + cell), 'undo', 'demo', 'system'.
    action: 'create' (project created; field set from nothing), 'update', 'delete'.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint("origin IN ('manual', 'import', 'undo', 'demo', 'system')", name="origin"),
        Index("ix_change_log_project_field", "project_id", "field"),
    )

    id: Mapped[intpk]
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    project_code: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(10), default="update")
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(10))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"),
                                                 index=True)
    file_name: Mapped[str | None] = mapped_column(String(500))
    sheet: Mapped[str | None] = mapped_column(String(200))
    cell: Mapped[str | None] = mapped_column(String(20))

    batch: Mapped[ImportBatch | None] = relationship(back_populates="changes")


class ImportProfile(Base):
    """A source agency's saved column and value mapping, reused on its next workbook."""

    __tablename__ = "import_profiles"

    id: Mapped[intpk]
    source: Mapped[str] = mapped_column(String(200), unique=True)
    columns: Mapped[str] = mapped_column(Text, default="{}")  # JSON: header text -> field
    values: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> {spelling: key}
    sheet: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SavedView(Base):
    """A named project filter (navigator "saved views", brief --view)."""

    __tablename__ = "saved_views"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    filter_json: Mapped[str] = mapped_column(Text, default="{}")


class Setting(Base):
    """Portfolio-level facts kept with the data: 'demo' (the portfolio is demo data), 'as_at'."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
