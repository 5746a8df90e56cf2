"""Import speed: an agency-style workbook (100,000 rows × 30 columns by default) read, planned and applied
into a fresh portfolio, against a naive baseline timed in the same run: openpyxl in normal mode and one
ORM `session.add` per row. Each side runs in its own process so that its peak memory is its own.

Targets (issue 3): under 10 s and under 500 MB for 100,000 rows, at least 8× the baseline. Issue 8 adds a
floor to compare with: the bare python-calamine read of the same sheet (the least any importer on this
reader can take), which the whole import should stay within 4× of. Figures are printed, not asserted; on a
busy machine compare the CPU seconds as well as the wall-clock ones.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# What a naive importer would hard-code for the synthetic ministry form: header text -> field.
_NAIVE_FIELDS = {
    "Код проекта": "code", "Наименование проекта": "name", "Кластер": "cluster", "Направление": "work_area",
    "Место реализации": "location", "Статус": "status", "Дата начала": "start_date",
    "Дата окончания": "end_date", "Стоимость, млн руб.": "total_cost_mln",
    "Федеральный бюджет, млн руб.": "federal_budget_mln", "Областной бюджет, млн руб.": "regional_budget_mln",
    "Внебюджетные источники, млн руб.": "extra_budgetary_mln",
    "в т.ч. подтвержденные внебюджетные, млн руб.": "extra_budgetary_confirmed_mln",
    "Рабочие места (план)": "jobs_planned", "Рабочие места (создано)": "jobs_created",
    "Проблемные вопросы": "problems", "Куратор": "curator",
    "Решения, требуемые на федеральном уровне": "decisions_requested",
}


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB on Linux


class _Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> dict[str, float]:
        return {"wall": time.perf_counter() - self.wall, "cpu": time.process_time() - self.cpu}


def _child_import(book: Path, db_path: Path) -> dict[str, Any]:
    from ino_desktop.db import open_database
    from ino_desktop.importer import service

    db = open_database(str(db_path))
    start_mb = _peak_mb()
    clock = _Clock()
    with db.session() as session:
        plan = service.plan(book, session)
        planned = clock.lap()
        outcome = service.apply(plan, session, db=db)
    total = clock.lap()
    db.close()
    return {"total": total, "plan": planned, "apply": {k: total[k] - planned[k] for k in total},
            "rows": outcome.created + outcome.updated + outcome.unchanged, "rejected": outcome.rejected,
            "start_mb": start_mb, "peak_mb": _peak_mb()}


def _child_baseline(book: Path, db_path: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    from ino_desktop import reference as ref
    from ino_desktop.db import open_database
    from ino_desktop.models import Project

    db = open_database(str(db_path))
    start_mb = _peak_mb()
    clock = _Clock()
    ws = load_workbook(book).worksheets[0]  # normal mode: the whole workbook as cell objects
    loaded = clock.lap()
    rows = ws.iter_rows(values_only=True)
    fields = [_NAIVE_FIELDS.get(str(h)) for h in next(rows)]
    count = 0
    with db.session() as session:
        for values in rows:
            record = {f: v for f, v in zip(fields, values, strict=False) if f}
            for vocabulary in ("cluster", "work_area", "status"):
                if record.get(vocabulary):
                    record[vocabulary] = ref.lookup(vocabulary, str(record[vocabulary]))
            for f in ("start_date", "end_date"):
                if record.get(f) is not None and hasattr(record[f], "date"):
                    record[f] = record[f].date()
            session.add(Project(**record))  # one ORM object per row
            count += 1
        session.commit()
    total = clock.lap()
    db.close()
    return {"total": total, "load": loaded, "rows": count, "start_mb": start_mb, "peak_mb": _peak_mb()}


def _child_calamine(book: Path, _db_path: Path) -> dict[str, Any]:
    import python_calamine

    clock = _Clock()
    rows = python_calamine.CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
    return {"total": clock.lap(), "rows": len(rows) - 1, "peak_mb": _peak_mb()}


_CHILDREN = {"import": _child_import, "baseline": _child_baseline, "calamine": _child_calamine}


def _run_child(mode: str, book: Path, db_path: Path, env: dict[str, str]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.bench_import", "--child", mode, str(book), str(db_path)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{mode} run failed: {tail[0]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(label: str, t: dict[str, float], rows: int, peak: float | None) -> str:
    rate = rows / t["wall"] if t["wall"] else 0.0
    mem = f"{peak:9.0f}" if peak is not None else " " * 9
    return f"  {label:<28}{t['wall']:8.2f}{t['cpu']:8.2f}{rate:12,.0f}{mem}"


def main(argv: Sequence[str] | None = None, summary: list[tuple[str, str]] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_import", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="data rows in the workbook (default 100,000)")
    parser.add_argument("--cols", type=int, default=30, help="columns (default 30)")
    parser.add_argument("--no-baseline", action="store_true", help="time only INO Desktop's import")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "BOOK", "DB"), help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args(list(argv) if argv is not None else None)
    if args.child:
        mode, book, db_path = args.child
        run = _CHILDREN[mode]
        print(json.dumps(run(Path(book), Path(db_path))))
        return 0

    from ino_desktop.importer.synthetic import write_big_workbook

    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        base = Path(folder)
        env = {**os.environ, "INO_DATA_DIR": str(base / "data"), "INO_CONFIG_DIR": str(base / "config")}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]),
                                                          env.get("PYTHONPATH")]))
        clock = _Clock()
        book = write_big_workbook(base / "agency.xlsx", args.rows, args.cols)
        written = clock.lap()["wall"]
        print(f"import: {args.rows:,} rows × {args.cols} columns, {book.stat().st_size / 1e6:.1f} MB .xlsx "
              f"(written in {written:.1f} s, not timed); machine: {os.cpu_count()} CPU(s), "
              f"load {os.getloadavg()[0]:.1f}")
        ours = _run_child("import", book, base / "ours.sqlite", env)
        print(f"  {'':<28}{'wall s':>8}{'cpu s':>8}{'rows/s':>12}{'peak MB':>9}")
        print(_line("INO Desktop: read+plan+apply", ours["total"], ours["rows"], ours["peak_mb"]))
        print(_line("  of which read and plan", ours["plan"], ours["rows"], None))
        print(_line("  of which apply (+backup)", ours["apply"], ours["rows"], None))
        bare = _run_child("calamine", book, base / "unused.sqlite", env)
        print(_line("bare python-calamine read", bare["total"], bare["rows"], bare["peak_mb"]))
        print(f"  INO Desktop's whole import takes {ours['total']['wall'] / bare['total']['wall']:.1f}× the bare read "
              f"({ours['total']['cpu'] / bare['total']['cpu']:.1f}× in CPU; target ≤ 4×)")
        summary = summary if summary is not None else []
        summary.append((f"import {args.rows:,} rows × {args.cols}: INO Desktop",
                        f"{ours['rows'] / ours['total']['wall']:,.0f} rows/s, {ours['total']['wall']:.2f} s, "
                        f"peak {ours['peak_mb']:.0f} MB"))
        if args.no_baseline:
            return 0
        naive = _run_child("baseline", book, base / "naive.sqlite", env)
        print(_line("naive: openpyxl + ORM add", naive["total"], naive["rows"], naive["peak_mb"]))
        print(_line("  of which openpyxl load", naive["load"], naive["rows"], None))
        speedup = naive["total"]["wall"] / ours["total"]["wall"]
        cpu_speedup = naive["total"]["cpu"] / ours["total"]["cpu"]
        print(f"  speed-up over the naive baseline: {speedup:.1f}× wall-clock, {cpu_speedup:.1f}× CPU "
              f"(target ≥ 8×); {ours['start_mb']:.0f} MB before reading (interpreter, libraries, open database)")
        summary.append(("import: naive baseline (openpyxl + ORM)",
                        f"{naive['rows'] / naive['total']['wall']:,.0f} rows/s, {naive['total']['wall']:.2f} s, "
                        f"peak {naive['peak_mb']:.0f} MB"))
        summary.append(("import: speed-up over the baseline", f"{speedup:.1f}× wall-clock, {cpu_speedup:.1f}× CPU"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
