"""Run every benchmark's `main()`: `python -m benchmarks [--only NAME] [ARGS…]`.

Arguments other than --only go to each benchmark, which parses the ones it knows (parse_known_args), so
`python -m benchmarks --rows 10000` makes the import benchmark smaller and leaves the others alone.
Each `main(argv, summary)` prints its details and appends its headline figures to `summary`; a table
of them all closes the run. The benchmarks are imported by name below (a new one is added to BENCHMARKS);
one that fails is reported and the others still run.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable

from benchmarks import bench_brief, bench_import, bench_ui

Summary = list[tuple[str, str]]  # (what, figure) rows of the closing table
Benchmark = Callable[[list[str], Summary], int | None]

BENCHMARKS: dict[str, Benchmark] = {
    "bench_brief": bench_brief.main,
    "bench_import": bench_import.main,
    "bench_ui": bench_ui.main,
}


def run(name: str, argv: list[str], summary: Summary) -> bool:
    print(f"== {name}", flush=True)
    started = time.perf_counter()
    try:
        rc = BENCHMARKS[name](argv, summary)
        if rc not in (None, 0):
            print(f"== {name}: returned {rc}")
            return False
    except SystemExit as exc:
        if exc.code not in (None, 0):
            print(f"== {name}: exited with {exc.code}")
            return False
    except Exception:
        traceback.print_exc()
        print(f"== {name}: failed")
        summary.append((name, "failed (see above)"))
        return False
    print(f"== {name}: done in {time.perf_counter() - started:.1f} s\n", flush=True)
    return True


def print_summary(summary: Summary) -> None:
    if not summary:
        return
    width = max(len(what) for what, _ in summary)
    print("== summary")
    for what, figure in summary:
        print(f"  {what:<{width}}  {figure}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="run only bench_NAME (repeatable)")
    args, rest = parser.parse_known_args(argv)
    names = list(BENCHMARKS)
    if args.only:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in args.only}
        names = [n for n in names if n in wanted]
    summary: Summary = []
    ok = [run(n, rest, summary) for n in names]
    print_summary(summary)
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
