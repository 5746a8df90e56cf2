"""Organisations and federal support instruments, shared by projects, roadmap actions and meetings."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, name_str
from ino_desktop.reference import INSTRUMENT_KINDS, ORGANISATION_KINDS


def _in(column: str, terms: tuple) -> str:
    return f"{column} IN ({', '.join(repr(t.key) for t in terms)})"


class Organisation(Base):
    __tablename__ = "organisations"
    __table_args__ = (CheckConstraint(_in("kind", ORGANISATION_KINDS), name="kind"),)

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    short_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="company")
    notes: Mapped[str | None] = mapped_column(Text)


class FederalInstrument(Base):
    __tablename__ = "federal_instruments"
    __table_args__ = (CheckConstraint(_in("kind", INSTRUMENT_KINDS), name="kind"),)

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    ministry_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)

    ministry: Mapped[Organisation | None] = relationship()


project_organisations = Table(
    "project_organisations",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
)

project_instruments = Table(
    "project_instruments",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("instrument_id", ForeignKey("federal_instruments.id", ondelete="CASCADE"), primary_key=True),
)
