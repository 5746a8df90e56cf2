"""Yearly values of the programme's indicators in the demo, derived from the demo portfolio where they can be.

Jobs are a regional statistic (the programme counts all high-performance jobs in the region, not only the
portfolio's), so their yearly figures are set here; investment, confirmed share and roadmap completion
are computed from the projects and actions the demo holds.
"""

from __future__ import annotations

from ino_desktop.demo.projects import PlannedProject
from ino_desktop.demo.roadmap import PlannedRoadmap

# (year, target, actual) of high-performance jobs in the Tomsk region; 2016 is an estimate.
JOBS = ((2013, None, 113_200.0), (2014, 118_000.0, 118_900.0), (2015, 125_000.0, 124_300.0),
        (2016, 132_000.0, 129_800.0), (2017, 139_000.0, None), (2018, 146_000.0, None),
        (2019, 153_000.0, None), (2020, 160_000.0, None))
JOBS_SOURCE = "Томскстат; 2016 — оценка"
OFFICE_SOURCE = "Расчёт проектного офиса по портфелю проектов"


def plan_indicator_values(indicator_ids: dict[str, int], projects: list[PlannedProject],
                          roadmap: PlannedRoadmap) -> list[dict]:
    """IndicatorValue rows for the indicators the database defines (keys of db.seed.INDICATORS)."""
    values: list[dict] = []

    def add(key: str, year: int, target: float | None, actual: float | None, source: str) -> None:
        if key in indicator_ids:
            values.append({"indicator_id": indicator_ids[key], "year": year, "target": target, "actual": actual,
                           "source": source})

    for year, target, actual in JOBS:
        add("jobs", year, target, actual, JOBS_SOURCE)
    for year in (2014, 2015, 2016):
        started = [p.row for p in projects if p.row["start_date"].year <= year]
        extra = sum(r["extra_budgetary_mln"] for r in started)
        confirmed = sum(r["extra_budgetary_confirmed_mln"] or 0.0 for r in started)
        add("investment_gap", year, None, round(extra, 1), OFFICE_SOURCE)
        add("confirmed_share", year, 65.0, round(100 * confirmed / extra, 1) if extra else None, OFFICE_SOURCE)
    for edition in roadmap.editions:
        actions = [a for a in roadmap.actions if a["edition_id"] == edition["id"]]
        done = sum(1 for a in actions if a["status"] == "done")
        add(f"roadmap_{edition['year']}", edition["year"], float(len(actions)), float(done), OFFICE_SOURCE)
    return values
