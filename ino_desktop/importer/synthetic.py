"""A synthetic agency-style workbook of any size, for benchmarks and speed tests (`make bench`).

Written with openpyxl's write-only mode so that a 100,000-row file takes seconds and little memory.
The rows are valid projects, so a correct read returns every one of them.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from ino_desktop.reference import CLUSTERS, LOCATIONS, STATUSES, WORK_AREAS

# Headers as a ministry form writes them; the first 19 map to canonical fields, the rest are extras.
_HEADERS = (
    "Код проекта", "Наименование проекта", "Кластер", "Направление", "Место реализации", "Статус",
    "Дата начала", "Дата окончания", "Стоимость, млн руб.", "Федеральный бюджет, млн руб.",
    "Областной бюджет, млн руб.", "Внебюджетные источники, млн руб.",
    "в т.ч. подтвержденные внебюджетные, млн руб.", "Рабочие места (план)", "Рабочие места (создано)",
    "Ответственная организация", "Проблемные вопросы", "Куратор", "Решения, требуемые на федеральном уровне",
)


def _row(i: int, rnd: random.Random, cols: int) -> list[object]:
    fed, reg, extra = (round(rnd.uniform(0, 500), 1) for _ in range(3))
    start = dt.date(2012, 1, 1) + dt.timedelta(days=rnd.randrange(3000))
    values: list[object] = [
        f"INO-{i:06d}", f"Проект {i}", CLUSTERS[i % len(CLUSTERS)].ru, WORK_AREAS[i % len(WORK_AREAS)].ru,
        LOCATIONS[i % len(LOCATIONS)], STATUSES[i % len(STATUSES)].ru, start,
        start + dt.timedelta(days=rnd.randrange(1, 2000)), round(fed + reg + extra, 1), fed, reg, extra,
        round(extra / 2, 1), rnd.randrange(1000), rnd.randrange(500), f"ООО «Организация {i % 97}»",
        None, "Иванов И. И.", None,
    ]
    values += [f"доп. {i}-{k}" for k in range(len(values), cols)]
    return values[:cols]


def write_big_workbook(path: Path | str, rows: int, cols: int = 30, *, seed: int = 1) -> Path:
    """Write an agency-style .xlsx of `rows` projects and `cols` columns (at least 2) to `path`."""
    from openpyxl import Workbook

    cols = max(2, cols)
    headers = list(_HEADERS[:cols]) + [f"Дополнительно {k}" for k in range(len(_HEADERS), cols)]
    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Проекты")
    ws.append(headers)
    for i in range(1, rows + 1):
        ws.append(_row(i, rnd, cols))
    path = Path(path)
    wb.save(path)
    return path
