"""Window responsiveness with a big portfolio: time to open the project table on 10,000 projects, and
time for one keystroke in the filter box. Prints the figures; a benchmark measures, it does not assert.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_ui [--projects 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_database(path: Path, projects: int) -> None:
    """A portfolio of `projects` synthetic projects, inserted in bulk (one statement, one transaction)."""
    from sqlalchemy import insert

    from ino_desktop import reference as ref
    from ino_desktop.db import open_database
    from ino_desktop.models import Organisation, Project, Setting

    db = open_database(str(path))
    clusters, areas, statuses = ref.keys("cluster"), ref.keys("work_area"), ref.keys("status")
    as_at = dt.date(2016, 6, 30)
    with db.transaction() as session:
        session.execute(insert(Organisation), [{"name": f"ООО «Организация {n}»", "kind": "company"}
                                               for n in range(1, 201)])
        rows = []
        for i in range(projects):
            extra = float(50 + i % 400)
            rows.append({
                "code": f"INO-{i + 1:05d}", "name": f"Проект № {i + 1} «{ref.LOCATIONS[i % 6]}»",
                "cluster": clusters[i % 7] if i % 9 else None, "work_area": areas[i % 5], "status": statuses[i % 4],
                "rag": ("green", "amber", "red", None)[i % 4], "location": ref.LOCATIONS[i % 6],
                "lead_organization_id": 1 + i % 200, "total_cost_mln": 100.0 + i % 900,
                "federal_budget_mln": 20.0, "regional_budget_mln": 10.0, "extra_budgetary_mln": extra,
                "extra_budgetary_confirmed_mln": extra / 2, "jobs_planned": 100 + i % 50, "jobs_created": i % 70,
                "start_date": dt.date(2014, 1, 1), "end_date": dt.date(2019, 12, 31),
                "reported_at": as_at - dt.timedelta(days=i % 200),
            })
        session.execute(insert(Project), rows)
        session.merge(Setting(key="as_at", value=as_at.isoformat()))
    db.close()


def main(argv: Sequence[str] | None = None, summary: list[tuple[str, str]] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_ui", description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=10_000)
    args, _others = parser.parse_known_args(argv)  # the others are other benchmarks' arguments
    summary = summary if summary is not None else []

    from PySide6.QtWidgets import QApplication

    from ui.app import create_application, create_context
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("INO_CONFIG_DIR", str(Path(tmp) / "config"))
        os.environ.setdefault("INO_DATA_DIR", str(Path(tmp) / "data"))
        path = Path(tmp) / "big.sqlite"
        started = time.perf_counter()
        build_database(path, args.projects)
        print(f"built {args.projects:,} projects in {time.perf_counter() - started:.2f} s")

        app = create_application()
        ctx = create_context("ru")
        started = time.perf_counter()
        ctx.portfolio.open(str(path), create=False)
        window = MainWindow(ctx)  # reads every project, fills the navigator and the table
        window.resize(1440, 880)
        window.show()
        QApplication.processEvents()
        opened = time.perf_counter() - started
        print(f"table open (read + navigator + table + first paint): {opened * 1000:.0f} ms "
              f"({window.table.model.rowCount():,} rows)")

        timings = []
        box = window.table.filter_box
        for text in ("п", "пр", "про", "проект", "проект № 1", "проект № 12", "проект № 123", "проект № 12",
                     "проект № 1", "", "томск", "ооо", "ino-0999", ""):
            started = time.perf_counter()
            box.setText(text)
            QApplication.processEvents()  # the repaint is part of what the user waits for
            timings.append((time.perf_counter() - started) * 1000)
        print(f"filter keystroke: median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms "
              f"over {len(timings)} keystrokes")
        summary.append((f"UI: table open, {args.projects:,} projects", f"{opened * 1000:.0f} ms"))
        summary.append(("UI: filter keystroke", f"median {statistics.median(timings):.1f} ms, "
                                                f"worst {max(timings):.1f} ms"))

        started = time.perf_counter()
        window.table.model.sort(window.table.model.column_of("total_cost_mln"))
        QApplication.processEvents()
        print(f"sort by total cost: {(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        window.navigator.select("cluster:nuclear")
        QApplication.processEvents()
        print(f"navigator click (re-query + fill): {(time.perf_counter() - started) * 1000:.0f} ms "
              f"({window.table.model.rowCount():,} rows)")
        started = time.perf_counter()
        window.tabs.setCurrentWidget(window.dashboard)
        QApplication.processEvents()
        print(f"dashboard first show: {(time.perf_counter() - started) * 1000:.0f} ms")
        window.close()
        ctx.portfolio.close(announce=False)
        del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
