"""Saved views: named project filters the navigator lists and a briefing pack can print (`brief --view`).

Write services; the caller owns the session and the transaction. Names are compared the way people
read them (case, ё/е and spacing folded), so "Красные проекты" and "красные  проекты" are one name.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.errors import InoError, NotFound
from ino_desktop.messages import message
from ino_desktop.models import SavedView
from ino_desktop.services.details import SavedViewInfo
from ino_desktop.services.filters import ProjectFilter

NAME_LIMIT = 200  # the column's length


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InoError(message("view.no_name"), kind="view_name_empty")
    if len(cleaned) > NAME_LIMIT:
        raise InoError(message("view.name_long", limit=NAME_LIMIT, length=len(cleaned)), kind="view_name_too_long")
    return cleaned


def _check_free(session: Session, name: str, except_id: int | None = None) -> None:
    wanted = ref.fold(name)
    for ident, existing in session.execute(select(SavedView.id, SavedView.name)):
        if ident != except_id and ref.fold(existing) == wanted:
            raise InoError(message("view.name_taken", name=existing), kind="view_name_taken")


def _get(session: Session, view_id: int) -> SavedView:
    view = session.get(SavedView, view_id)
    if view is None:
        raise NotFound(message("view.gone", id=view_id))
    return view


def save_view(session: Session, name: str, flt: ProjectFilter) -> SavedViewInfo:
    """Store `flt` under a new `name`; refuses an empty filter (that is "All projects") and a taken name."""
    cleaned = _clean_name(name)
    if flt.is_empty():
        raise InoError(message("view.whole_portfolio"), kind="view_empty_filter")
    _check_free(session, cleaned)
    view = SavedView(name=cleaned, filter_json=flt.to_json())
    session.add(view)
    session.flush()
    return SavedViewInfo(view.id, view.name, flt)


def rename_view(session: Session, view_id: int, name: str) -> SavedViewInfo:
    """Rename a saved view (the name must be free)."""
    view = _get(session, view_id)
    cleaned = _clean_name(name)
    _check_free(session, cleaned, except_id=view_id)
    view.name = cleaned
    session.flush()
    return SavedViewInfo(view.id, view.name, ProjectFilter.from_json(view.filter_json))


def delete_view(session: Session, view_id: int) -> None:
    """Delete a saved view."""
    session.delete(_get(session, view_id))
    session.flush()
