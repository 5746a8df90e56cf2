"""Speed figures printed by `make bench` (`python -m benchmarks`). A benchmark prints, it never asserts.

Each `benchmarks/bench_*.py` module exposes `main(argv)`; `python -m benchmarks` runs them all in
name order and passes the command-line arguments on (each takes what it knows: `--rows N`, …).
"""
