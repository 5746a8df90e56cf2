"""The wording corpus (tests/data/wording) as a floor: header and value spellings read alone, by part.

The figures are printed by `make eval-wording`; these tests only hold the importer above floors a little
under today's figures, so that a rule that helps one family and breaks another shows here. Each fresh
set was collected after the rules of its time were written and measured once before anything was
learned from it (evaluate.py and SOURCES.md give those first figures).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import Any

import pytest

from tests.paths import DATA


def _evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wording_evaluate", DATA / "wording" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


EVALUATE = _evaluate()

# part → (least share right, most share wrong). Today: learn 99.1 % / 0.3 %, holdout 94.1 % / 2.6 %, fresh 95.3 % /
# 2.0 %, fresh2 93.0 % / 2.9 %, fresh3 91.0 % / 1.8 %, fresh4 96.8 % / 1.3 %, fresh5 92.5 % / 0.8 %, fresh6 91.9 % /
# 2.5 %, fresh7 90.4 % / 3.0 %, fresh8 98.9 % / 0 %, fresh9 94.9 % / 1.3 %, fresh10 92.0 % / 2.5 %, fresh11 93.5 % /
# 2.7 %, fresh12 95.8 % / 1.8 %, fresh13 93.4 % / 3.6 %, fresh14 92.0 % / 2.8 %, fresh15 87.2 % / 5.7 %, fresh16 94.1
# % / 3.0 %, fresh17 84.5 % / 10.3 %, fresh18 82.7 % / 6.3 %, fresh19 87.0 % / 8.0 %, fresh20 86.9 % / 3.6 %, fresh21
# 86.8 % / 4.4 %, fresh22 81.1 % / 16.2 %, fresh23 82.1 % / 12.8 %, fresh24 79.3 % / 4.9 %, fresh25 94.7 % / 3.2 %,
# fresh26 81.6 % / 11.5 %, fresh27 89.3 % / 5.8 %, fresh28 86.0 % / 10.0 %, fresh29 90.3 % / 6.8 %, fresh30 87.5 % /
# 8.9 %, fresh31 87.4 % / 7.2 %, fresh32 84.6 % / 5.8 % (fresh22's and fresh23's collectors label strictly: most of
# their wrong lines are '-' where the importer reads a field other collectors labelled so; fresh19's wrong share rose
# when a data dictionary's field codes stopped hiding its captions: five of them are judgement calls such as «Дата
# ввода» for the date of data entry; each fresh set learned from after one measurement: 79.3, 83.0, 75.9, 85.2, 86.7,
# 78.3, 78.2, 92.1, 85.9, 77.2, 79.3, 84.2, 86.3, 86.4, 78.0, 89.3, 79.4, 63.8, 81.9, 83.2 and 83.1 % then; fresh22
# 75.7 %; fresh23 75.6 %, after 74 of its spellings already in earlier parts were left there; fresh24 73.2 %, 77 left
# in earlier parts; fresh25 87.4 %, 26 left in earlier parts; fresh26 75.9 %, 19 left in earlier parts; fresh27 80.6
# %, 22 left in earlier parts; fresh28 81.0 %, 15 left in earlier parts; fresh29 84.5 %, 9 left in earlier parts;
# fresh30 84.8 %, 2 left in earlier parts; fresh31 81.1 %, 8 left in earlier parts; fresh32 81.7 %, 8 left in earlier
# parts).
HEADER_FLOORS = {"learn": (0.97, 0.01), "holdout": (0.93, 0.03), "fresh": (0.93, 0.03), "fresh2": (0.90, 0.04),
                 "fresh3": (0.88, 0.03), "fresh4": (0.93, 0.03), "fresh5": (0.90, 0.02), "fresh6": (0.89, 0.04),
                 "fresh7": (0.88, 0.04), "fresh8": (0.96, 0.01), "fresh9": (0.91, 0.03),
                 "fresh10": (0.84, 0.06), "fresh11": (0.91, 0.04), "fresh12": (0.92, 0.04),
                 "fresh13": (0.90, 0.04), "fresh14": (0.89, 0.04), "fresh15": (0.84, 0.08),
                 "fresh16": (0.92, 0.04), "fresh17": (0.80, 0.11), "fresh18": (0.78, 0.08), "fresh19": (0.83, 0.09),
                 "fresh20": (0.81, 0.07), "fresh21": (0.81, 0.05), "fresh22": (0.79, 0.17),
                 "fresh23": (0.79, 0.14), "fresh24": (0.76, 0.07), "fresh25": (0.92, 0.04), "fresh26": (0.79, 0.12),
                 "fresh27": (0.88, 0.07), "fresh28": (0.84, 0.11), "fresh29": (0.88, 0.08), "fresh30": (0.85, 0.10),
                 "fresh31": (0.85, 0.09), "fresh32": (0.82, 0.07)}
# Today: learn 100 % / 0 %, holdout 96.6 % / 0 %, fresh3 97.7 % / 0.8 %, fresh4 97.1 % / 1.0 %, fresh5 97.8 % / 0 %,
# fresh6 99.0 % / 0 %, fresh7 89.5 % / 0.9 %, fresh8 99.2 % / 0 %, fresh9 91.8 % / 0 %, fresh10 92.2 % / 0.9 %,
# fresh11 77.3 % / 1.7 %, fresh12 87.8 % / 3.1 %, fresh13 86.7 % / 3.3 %, fresh14 86.4 % / 5.8 %, fresh15 94.2 % / 1.9
# %, fresh16 88.6 % / 2.6 %, fresh17 91.3 % / 0 %, fresh18 90.8 % / 3.1 %, fresh19 80.0 % / 4.0 %, fresh20 75.4 % /
# 2.9 %, fresh21 84.6 % / 5.1 %, fresh22 88.4 % / 11.6 %, fresh23 93.2 % / 4.5 %, fresh24 85.7 % / 5.7 %, fresh25 90.9
# % / 9.1 %, fresh26 87.1 % / 9.7 %, fresh27 65.6 % / 0 %, fresh28 84.4 % / 0 %, fresh29 90.6 % / 0 %, fresh30 92.3 %
# / 5.1 %, fresh31 94.4 % / 2.8 %, fresh32 100 % / 0 % (80.6, 78.8, 85.6, 80.4, 77.2, 96.6, 84.7, 67.8, 73.9, 75.5,
# 71.7, 74.8, 70.9, 80.7, 89.9, 58.5, 78.7, 72.5, 82.1, 83.7, 84.1, 82.9, 86.4, 83.9, 56.2, 81.2, 81.2, 79.5, 83.3 and
# 96.9 % at their one measurement).
VALUE_FLOORS = {"learn": (0.98, 0.0), "holdout": (0.94, 0.01), "fresh3": (0.95, 0.02), "fresh4": (0.95, 0.02),
                "fresh5": (0.95, 0.02), "fresh6": (0.96, 0.01), "fresh7": (0.87, 0.02), "fresh8": (0.97, 0.01),
                "fresh9": (0.89, 0.01), "fresh10": (0.90, 0.02), "fresh11": (0.75, 0.03), "fresh12": (0.85, 0.04),
                "fresh13": (0.84, 0.04), "fresh14": (0.81, 0.07), "fresh15": (0.92, 0.03),
                "fresh16": (0.84, 0.04), "fresh17": (0.88, 0.01), "fresh18": (0.88, 0.04), "fresh19": (0.76, 0.05),
                "fresh20": (0.70, 0.03), "fresh21": (0.80, 0.06), "fresh22": (0.86, 0.13),
                "fresh23": (0.90, 0.05), "fresh24": (0.82, 0.07), "fresh25": (0.86, 0.10), "fresh26": (0.84, 0.10),
                "fresh27": (0.63, 0.02), "fresh28": (0.82, 0.02), "fresh29": (0.87, 0.02), "fresh30": (0.89, 0.06),
                "fresh31": (0.91, 0.04), "fresh32": (0.94, 0.02)}


def _above(score: Any, part: str, least: float, most_wrong: float) -> None:
    report = "\n".join([score.line(part), *score.misses])
    assert score.share >= least, report
    assert score.wrong / score.total <= most_wrong, report


@pytest.mark.parametrize("part", sorted(HEADER_FLOORS))
def test_header_spellings_of_each_part(part: str) -> None:
    score = EVALUATE.headers(part)
    # fresh17 ran short of new documents; many of fresh22's … fresh29's spellings were in earlier parts
    # and left there (SOURCES.md)
    least = {"fresh17": 90, "fresh22": 70, "fresh23": 70, "fresh24": 70, "fresh25": 90, "fresh26": 80, "fresh27": 90,
             "fresh28": 90, "fresh29": 90}
    assert score.total > least.get(part, 100)
    _above(score, part, *HEADER_FLOORS[part])


@pytest.mark.parametrize("part", sorted(VALUE_FLOORS))
def test_value_spellings_of_each_part(part: str) -> None:
    score = EVALUATE.values(part)
    assert score.total > {"fresh22": 40, "fresh23": 40, "fresh24": 30, "fresh25": 20, "fresh26": 25,
                          "fresh27": 25, "fresh28": 25, "fresh29": 25, "fresh30": 30,
                          "fresh31": 30, "fresh32": 25}.get(part, 50)
    _above(score, part, *VALUE_FLOORS[part])


def test_the_parts_do_not_share_spellings() -> None:
    """A spelling measured as unseen must not also be one the rules were written from (case and spacing,
    which the importer reads away, do not make two spellings)."""
    seen: dict[str, tuple[str, str]] = {}
    files = sorted(p.name for p in (DATA / "wording").glob("*.tsv"))
    assert len(files) == 64  # headers.tsv, values.tsv and the fresh sets' files
    for name in files:
        for row in EVALUATE.rows(name):
            key = " ".join([row.get("vocabulary", "header"), *row["spelling"].casefold().split()])
            where = seen.setdefault(key, (name, row["part"]))
            assert where[1] == row["part"], f"{row['spelling']!r} is in {name} ({row['part']}) and {where}"
