"""Reference tables seeded into every new database (clusters, work areas, …) and programme indicators."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ino_desktop.models.base import Base, intpk, key_str, name_str


class _Vocabulary:
    """Columns every vocabulary table shares: a stable key, names in both languages and an order."""

    key: Mapped[key_str] = mapped_column(primary_key=True)
    name_ru: Mapped[name_str]
    name_en: Mapped[name_str]
    sort_order: Mapped[int] = mapped_column(default=0)

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ru


class Cluster(_Vocabulary, Base):
    __tablename__ = "clusters"


class WorkArea(_Vocabulary, Base):
    __tablename__ = "work_areas"


class TerritoryType(_Vocabulary, Base):
    __tablename__ = "territory_types"


class Category(_Vocabulary, Base):
    __tablename__ = "categories"


class Status(_Vocabulary, Base):
    __tablename__ = "statuses"


class Indicator(Base):
    """A programme indicator with a target (jobs, investment gap, confirmed share, roadmap completion)."""

    __tablename__ = "indicators"

    id: Mapped[intpk]
    key: Mapped[key_str] = mapped_column(unique=True)
    name_ru: Mapped[name_str]
    name_en: Mapped[name_str]
    unit: Mapped[str] = mapped_column(String(40))
    target: Mapped[float | None]
    target_year: Mapped[int | None]
    source: Mapped[str | None] = mapped_column(String(500))

    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IndicatorValue.year"
    )


class IndicatorValue(Base):
    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[intpk]
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    target: Mapped[float | None]
    actual: Mapped[float | None]
    source: Mapped[str | None] = mapped_column(String(500))

    indicator: Mapped[Indicator] = relationship(back_populates="values")
