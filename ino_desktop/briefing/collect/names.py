"""Vocabulary names in the pack's language: the database's (editable) tables, then reference.py's lists."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.models import Category, Cluster, Status, TerritoryType, WorkArea

_Vocabulary = type[Cluster] | type[WorkArea] | type[TerritoryType] | type[Category] | type[Status]
_TABLES: dict[str, _Vocabulary] = {"cluster": Cluster, "work_area": WorkArea, "territory_type": TerritoryType,
                                   "category": Category, "status": Status}
_FIXED = {"rag": ref.RAGS, "action_status": ref.ACTION_STATUSES, "milestone_status": ref.MILESTONE_STATUSES,
          "decision_status": ref.DECISION_STATUSES, "organisation_kind": ref.ORGANISATION_KINDS,
          "instrument_kind": ref.INSTRUMENT_KINDS}


def vocabulary_names(session: Session, lang: str) -> dict[str, dict[str, str]]:
    """Each vocabulary's keys with their names in the given language, in display order."""
    names: dict[str, dict[str, str]] = {}
    for vocabulary, model in _TABLES.items():
        rows = session.execute(select(model.key, model.name_ru, model.name_en).order_by(model.sort_order, model.key))
        names[vocabulary] = {key: en if lang == "en" else ru for key, ru, en in rows}
    for vocabulary, terms in _FIXED.items():
        names[vocabulary] = {t.key: t.name(lang) for t in terms}
    return names


def ordered_keys(session: Session, model: _Vocabulary) -> list[str]:
    """A vocabulary's keys in its display order (the database's sort order)."""
    return list(session.scalars(select(model.key).order_by(model.sort_order, model.key)))
