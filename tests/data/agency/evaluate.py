"""Measure how many fields the importer gets right on the agency evaluation set.

Run from the repository root:

    .venv/bin/python tests/data/agency/evaluate.py [--split dev|holdout] [--quiet] [NAME ...]

For every ``*.expected.json`` in tests/data/agency (and resaved/), the workbook is imported
into a fresh SQLite database with the program's command line

    python -m ino_desktop --db DB import FILE
    python -m ino_desktop --db DB export OUT.json

and the exported ``projects`` are compared field by field with the expected records (matched
by code): money with a tolerance of 0.05 (RUB million), everything else exactly. A missing
record (not imported, or rejected by the importer) counts all its fields wrong.

Per file it prints: fields right / total; wrong values (a stored value that differs from the
expected one, including a value where null was expected), as opposed to missing values (None
where a value was expected); rows that should have been rejected but were imported; and
projects in the export that the expected file does not know (e.g. a totals row imported as a
project). Then the totals per split and overall.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PYTHON = sys.executable
MONEY_TOL = 0.05


def is_money(field):
    return field.endswith("_mln")


def equal(field, expected, got):
    if expected is None or got is None:
        return expected is None and got is None
    if is_money(field):
        try:
            return abs(float(expected) - float(got)) <= MONEY_TOL + 1e-9
        except (TypeError, ValueError):
            return False
    if isinstance(expected, int) and not isinstance(expected, bool) and isinstance(got, float):
        return got == expected
    return expected == got


def run_import(path: Path, tmp: Path, first: Path | None = None):
    """Import `path` (after `first`, an update's base file) into a fresh database; its exported projects."""
    db = tmp / "eval.db"
    out = tmp / "export.json"
    base = [PYTHON, "-m", "ino_desktop", "--db", str(db)]
    # the import's automatic backup and any settings stay in the run's folder, not the user's data folder
    env = {**os.environ, "INO_DATA_DIR": str(tmp / "data"), "INO_CONFIG_DIR": str(tmp / "config")}
    log = []
    try:
        for each in ([first] if first else []) + [path]:
            p = subprocess.run(base + ["import", str(each)], cwd=REPO, capture_output=True,
                               text=True, timeout=600, env=env)
            log.append(f"import rc={p.returncode}" + (f" (base {each.name})" if each != path else ""))
            if p.returncode != 0:
                tail = (p.stderr or p.stdout).strip().splitlines()[-3:]
                log.extend("  " + t for t in tail)
        p = subprocess.run(base + ["export", str(out)], cwd=REPO, capture_output=True,
                           text=True, timeout=600, env=env)
        if p.returncode != 0 or not out.exists():
            log.append(f"export rc={p.returncode}")
            return [], log
        data = json.loads(out.read_text(encoding="utf-8"))
        return data.get("projects") or [], log
    except subprocess.TimeoutExpired:
        log.append("timeout")
        return [], log


def evaluate_file(exp_path: Path, quiet: bool):
    """(right, total, wrong, missing) and the lines to print, for one expected file."""
    out: list[str] = []
    print = out.append  # the lines are printed in file order by the caller
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    src = exp_path.parent / Path(exp["file"]).name  # a re-save's expected file may name it "resaved/…"
    fields = exp["fields"]
    records = exp["records"]
    # An update's records are the state after its base file and then it (update_q2's `base_file`).
    first = None
    if exp.get("base_file"):
        first = next((d / exp["base_file"] for d in (exp_path.parent, exp_path.parent.parent)
                      if (d / exp["base_file"]).exists()), None)
    with tempfile.TemporaryDirectory() as tmp:
        projects, log = run_import(src, Path(tmp), first)
    by_code = {}
    for p in projects:
        if p.get("code"):
            by_code.setdefault(p["code"], p)
    total = len(records) * len(fields)
    right = 0
    wrong = []
    missing = Counter()
    missing_records = []
    for rec in records:
        got = by_code.get(rec["code"])
        if got is None:
            missing_records.append(rec["code"])
            continue
        for f in fields:
            e, g = rec[f], got.get(f)
            if equal(f, e, g):
                right += 1
            elif g is None:
                missing[f] += 1
            else:
                wrong.append((rec["code"], f, e, g))
    expected_codes = {r["code"] for r in records}
    rejected_codes = {r.get("code") for r in exp.get("rejected", [])}
    # A rejected row of an update leaves its project as the base file made it: it is in the export.
    kept = {r["code"] for r in records} if first else set()
    not_rejected = sorted(c for c in rejected_codes if c in by_code and c not in kept)
    unknown = [p.get("code") or p.get("name") for p in projects
               if p.get("code") not in expected_codes and p.get("code") not in rejected_codes]
    rejections_ok = len(rejected_codes) - len(not_rejected)

    pct = 100.0 * right / total if total else 0.0
    print(f"{exp['file']}: {right}/{total} fields right ({pct:.1f}%); "
          f"records found {len(records) - len(missing_records)}/{len(records)}; "
          f"wrong values {len(wrong)}; missing values {sum(missing.values())}; "
          f"rejections {rejections_ok}/{len(rejected_codes)}; unexpected projects {len(unknown)}")
    if not quiet:
        for line in log:
            if not line.startswith("import rc=0"):
                print(f"    {line}")
        if missing_records:
            print(f"    missing records ({len(missing_records)}): {', '.join(missing_records)}")
        if missing:
            print("    missing (None) by field: "
                  + ", ".join(f"{f} {n}" for f, n in missing.most_common()))
        for code, f, e, g in wrong:
            print(f"    WRONG {code} {f}: expected {e!r}, got {g!r}")
        if not_rejected:
            print(f"    imported although they should be rejected: {', '.join(not_rejected)}")
        if unknown:
            print(f"    unexpected projects: {', '.join(map(str, unknown))}")
    return (right, total, len(wrong), sum(missing.values()) + len(missing_records) * len(fields)), out


GOAL = 0.95  # issue 8: each set, and its LibreOffice re-saves, at least this share of fields right


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="only files whose name contains one of these")
    ap.add_argument("--split", choices=["dev", "holdout"], help="only dev_* or holdout_* files")
    ap.add_argument("--quiet", action="store_true", help="one line per file")
    ap.add_argument("--dir", type=Path, default=HERE,
                    help="another set's folder (tests/data/agency2): its files are one group, its re-saves another")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="files imported at once")
    ap.add_argument("--check", action="store_true",
                    help=f"exit 1 when a group is below {GOAL:.0%} of fields right or any value is wrong")
    args = ap.parse_args(argv)

    here = args.dir.resolve()
    paths = sorted(here.glob("*.expected.json")) + sorted((here / "resaved").glob("*.expected.json"))
    groups = {}
    grand = [0, 0, 0, 0]
    chosen = []
    for p in paths:
        name = p.name
        if args.split and not name.startswith(args.split + "_"):
            continue
        if args.names and not any(n in name for n in args.names):
            continue
        prefix = name.split("_", 1)[0] if here == HERE else here.name
        chosen.append((("resaved " if p.parent.name == "resaved" else "") + prefix, p))
    # Each file is imported by the program's own command line in a fresh database: the files run side by side.
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outcomes = list(pool.map(lambda pair: evaluate_file(pair[1], args.quiet), chosen))
    for (group, _p), (r, lines) in zip(chosen, outcomes, strict=True):
        print("\n".join(lines))
        g = groups.setdefault(group, [0, 0, 0, 0])
        for i in range(4):
            g[i] += r[i]
            grand[i] += r[i]
    print()
    for group, (right, total, wrong, miss) in groups.items():
        print(f"{group:>16}: {right}/{total} fields right "
              f"({100.0 * right / total if total else 0:.1f}%), wrong values {wrong}, missing {miss}")
    right, total, wrong, miss = grand
    print(f"{'OVERALL':>16}: {right}/{total} fields right "
          f"({100.0 * right / total if total else 0:.1f}%), wrong values {wrong}, missing {miss}")
    failed = [group for group, (right, total, wrong, _miss) in groups.items()
              if wrong or not total or right / total < GOAL]
    if args.check and failed:
        print(f"below the goal ({GOAL:.0%} of fields right, no wrong value): {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
