"""Reference data written into every new database: vocabularies, programme indicators, identity."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.models import Category, Cluster, Indicator, Setting, Status, TerritoryType, WorkArea

INDICATORS = (
    ("jobs", "Высокопроизводительные рабочие места", "High-performance jobs", "jobs",
     float(ref.JOBS_TARGET), 2020, "Программа «ИНО Томск»"),
    ("investment_gap", "Инвестиционный разрыв", "Investment gap", "RUB mln",
     ref.INVESTMENT_GAP_MLN, 2020, "Программа «ИНО Томск»"),
    ("confirmed_share", "Доля подтверждённого внебюджетного финансирования",
     "Confirmed share of extra-budgetary funding", "%", ref.CONFIRMED_SHARE_TARGET * 100, 2020,
     "Программа «ИНО Томск»"),
    ("roadmap_2015", "Выполнение дорожной карты 2015 г.", "Roadmap 2015 completion", "actions",
     65.0, 2015, "Дорожная карта 2015"),
    ("roadmap_2016", "Выполнение дорожной карты 2016 г.", "Roadmap 2016 completion", "actions",
     55.0, 2016, "Дорожная карта 2016"),
)


def seed_reference(session: Session) -> None:
    """Add the reference vocabularies (clusters, work areas, statuses …) that are missing."""
    tables = ((Cluster, ref.CLUSTERS), (WorkArea, ref.WORK_AREAS), (TerritoryType, ref.TERRITORY_TYPES),
              (Category, ref.CATEGORIES), (Status, ref.STATUSES))
    for model, terms in tables:
        for order, term in enumerate(terms):
            session.merge(model(key=term.key, name_ru=term.ru, name_en=term.en, sort_order=order))
    for key, ru, en, unit, target, year, source in INDICATORS:
        session.add(Indicator(key=key, name_ru=ru, name_en=en, unit=unit, target=target, target_year=year,
                              source=source))
    session.merge(Setting(key="application", value="ino-desktop"))
    session.merge(Setting(key="demo", value="0"))
