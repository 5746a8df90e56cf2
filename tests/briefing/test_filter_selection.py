"""PackSpec.filter: a pack of what the window's table shows, intersected with clusters, views and agenda."""

from __future__ import annotations

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.models import SavedView
from ino_desktop.services.filters import ProjectFilter


def _codes(small, **spec) -> list[str]:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.session() as session:
        pack = build_pack(PackSpec(**spec), session)
    return [p.code for p in pack.appendix or ()]


def test_filter_alone_selects_what_the_table_shows(small) -> None:  # type: ignore[no-untyped-def]
    assert _codes(small, filter=ProjectFilter(rags=("red",))) == ["INO-0001", "INO-0005"]
    # The search text takes part, Cyrillic and case folded, as in the table.
    assert _codes(small, filter=ProjectFilter(text="умная")) == ["INO-0005"]
    assert _codes(small, filter=ProjectFilter(statuses=("planned", "completed"))) == ["INO-0002", "INO-0003"]
    assert _codes(small, filter=ProjectFilter()) == ["INO-0001", "INO-0002", "INO-0003", "INO-0004", "INO-0005"]


def test_filter_intersects_clusters_view_and_agenda(small) -> None:  # type: ignore[no-untyped-def]
    db, ids = small
    red = ProjectFilter(rags=("red",))
    assert _codes(small, clusters=("petrochemical",), filter=red) == ["INO-0001"]
    assert _codes(small, clusters=("pharma",), filter=red) == []
    with db.transaction() as session:
        session.add(SavedView(name="Фарма", filter_json=ProjectFilter(clusters=("pharma",)).to_json()))
    assert _codes(small, view="Фарма", filter=ProjectFilter(statuses=("in_progress",))) == ["INO-0004"]
    # Agenda of meeting 2: INO-0001, INO-0003, INO-0004; the filter keeps the pharma ones only.
    assert _codes(small, meeting_id=ids["m2"], agenda_only=True,
                  filter=ProjectFilter(clusters=("pharma",))) == ["INO-0003", "INO-0004"]


def test_cover_names_the_filter_and_counts_only_its_projects(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.session() as session:
        pack = build_pack(PackSpec(filter=ProjectFilter(rags=("red",)), filter_label="Красные"), session)
        plain = build_pack(PackSpec(filter=ProjectFilter(text="газ")), session)
    assert (pack.cover.selection.view, pack.cover.selection.projects) == ("Красные", 2)
    assert pack.summary is not None and pack.summary.projects == 2
    assert plain.cover.selection.view == "«газ»"
