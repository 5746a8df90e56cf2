"""The demo's projects with their milestones, participants and instruments, consistent by construction.

Money is drawn in tenths of a million as integers, so that federal + regional + extra-budgetary equals
the total exactly; dates follow from the status (a completed project ended before the as-at date, a
planned one starts after it); milestones lie inside the project's span.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

from ino_desktop.demo import names
from ino_desktop.demo.project_names import FACILITIES, FACILITY_VERBS, OUTSIDE, PRODUCT_VERBS, PRODUCTS, PURPOSES, Part
from ino_desktop.demo.registers import Registers

PER_CLUSTER = 16
IMPORTED_LATER = 2  # the last projects, added by the third-quarter import (history.py)
CONFIRMED_SHARE = 0.62  # the programme reports a confirmed share a little under its 65 % target

# Median total cost (RUB million) of a project in each cluster: the portfolio's scale.
_MEDIAN_COST = {"petrochemical": 2600.0, "nuclear": 2400.0, "timber": 900.0, "pharma": 700.0,
                "medtech_it": 300.0, "wildlife": 150.0, "hard_to_recover": 3800.0, None: 600.0}
_PLACES: dict[str | None, tuple[tuple[str, float], ...]] = {
    "petrochemical": (("Томск", 0.6), ("Томский район", 0.25), ("Стрежевой", 0.15)),
    "nuclear": (("Северск", 0.8), ("Томск", 0.2)),
    "timber": (("Асино", 0.5), ("Колпашево", 0.3), ("Томский район", 0.2)),
    "pharma": (("Томск", 0.7), ("Томский район", 0.3)),
    "medtech_it": (("Томск", 0.9), ("Северск", 0.1)),
    "wildlife": (("Колпашево", 0.4), ("Томский район", 0.3), ("Асино", 0.15), ("Томск", 0.15)),
    "hard_to_recover": (("Стрежевой", 0.8), ("Томск", 0.2)),
    None: (("Томск", 0.7), ("Северск", 0.1), ("Томский район", 0.1), ("Колпашево", 0.05), ("Асино", 0.05)),
}
_MINISTRIES: dict[str | None, tuple[str, ...]] = {
    "petrochemical": ("Минпромторг России", "Минэнерго России", "Минфин России"),
    "nuclear": ("Минэкономразвития России", "Минздрав России", "Минпромторг России"),
    "timber": ("Минприроды России", "Минпромторг России", "Минтранс России"),
    "pharma": ("Минпромторг России", "Минздрав России", "Минобрнауки России"),
    "medtech_it": ("Минкомсвязь России", "Минпромторг России", "Минздрав России"),
    "wildlife": ("Минсельхоз России", "Минприроды России", "Минтруд России"),
    "hard_to_recover": ("Минэнерго России", "Минфин России", "Минобрнауки России"),
    None: ("Минстрой России", "Минтранс России", "Минэкономразвития России", "Минтруд России",
           "Минкомсвязь России"),
}
_CORPORATION = {"nuclear": "Росатом", "medtech_it": "Роснано", "pharma": "Ростех", "petrochemical": "Внешэкономбанк",
                "hard_to_recover": "Внешэкономбанк", None: "РВК"}

FACILITY_STEPS = ("Разработка проектной документации", "Получение положительного заключения экспертизы",
                  "Начало строительно-монтажных работ", "Поставка и монтаж оборудования",
                  "Пусконаладочные работы", "Ввод в эксплуатацию")
PRODUCT_STEPS = ("Разработка технологии и конструкторской документации", "Закупка и монтаж оборудования",
                 "Выпуск опытной партии", "Сертификация продукции", "Начало серийного производства")
OUTSIDE_STEPS = ("Утверждение концепции", "Проектирование", "Реализация первой очереди", "Ввод в эксплуатацию")
STEP_NAMES_EN = {
    "Разработка проектной документации": "Design documentation", "Ввод в эксплуатацию": "Commissioning",
    "Получение положительного заключения экспертизы": "Positive state expert review",
    "Начало строительно-монтажных работ": "Construction starts", "Поставка и монтаж оборудования":
    "Equipment delivered and installed", "Пусконаладочные работы": "Start-up and adjustment",
    "Разработка технологии и конструкторской документации": "Technology and design documentation",
    "Закупка и монтаж оборудования": "Equipment bought and installed", "Выпуск опытной партии": "Pilot batch",
    "Сертификация продукции": "Product certification", "Начало серийного производства": "Series production starts",
    "Утверждение концепции": "Concept approved", "Проектирование": "Design", "Реализация первой очереди":
    "First stage built",
}

PROBLEMS = (
    "Задержка поставки импортного оборудования из-за роста курса валют",
    "Не завершено оформление земельного участка под строительство",
    "Банк-партнёр пересматривает условия кредита; подтверждение внебюджетного финансирования отложено",
    "Нет технической возможности подключения к электросетям необходимой мощности",
    "Не получено положительное заключение государственной экспертизы проектной документации",
    "Инвестор приостановил финансирование до решения о включении проекта в федеральную программу",
    "Дефицит квалифицированных инженерных кадров",
    "Затянулось согласование условий специального инвестиционного контракта",
    "Рост стоимости строительно-монтажных работ на 18 % относительно сметы",
    "Не решён вопрос строительства подъездной автодороги к площадке",
)
DECISIONS_REQUESTED = (
    "Включить проект в перечень приоритетных инвестиционных проектов Минпромторга России",
    "Предоставить субсидию на возмещение части процентной ставки по кредиту (ПП РФ № 3)",
    "Рассмотреть заявку на заём Фонда развития промышленности",
    "Поручить сетевой компании обеспечить технологическое присоединение до конца 2017 г.",
    "Ускорить рассмотрение проектной документации в ФАУ «Главгосэкспертиза России»",
    "Распространить инвестиционный налоговый вычет на затраты проекта",
    "Предусмотреть софинансирование инфраструктуры в федеральной целевой программе",
)


@dataclass
class PlannedProject:
    """A project row (column -> value) and what hangs off it, before anything is written."""

    row: dict
    kind: str  # facility | product | outside: which milestone steps it follows
    participants: list[int] = field(default_factory=list)
    instruments: list[int] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)


def _day(rnd: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rnd.randint(0, max(0, (last - first).days)))


def _pick(rnd: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rnd.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def _names(rnd: random.Random, cluster: str) -> list[tuple[str, Part, str]]:
    """PER_CLUSTER distinct (name, part, kind) for a cluster: every object once, then some again."""
    objects = [(p, "facility") for p in FACILITIES[cluster]] + [(p, "product") for p in PRODUCTS[cluster]]
    rnd.shuffle(objects)
    out: list[tuple[str, Part, str]] = []
    first_verb = {"facility": rnd.randrange(len(FACILITY_VERBS)), "product": rnd.randrange(len(PRODUCT_VERBS))}
    for i in range(PER_CLUSTER):
        part, kind = objects[i % len(objects)]
        verbs = FACILITY_VERBS if kind == "facility" else PRODUCT_VERBS
        # An object met again is another company's project of the same kind: it gets the next verb.
        ru_verb, en_verb = verbs[(first_verb[kind] + i // len(objects)) % len(verbs)]
        out.append((f"{ru_verb} {part.ru}", part._replace(en=f"{en_verb} {part.en}"), kind))
    return out


def _status_and_dates(rnd: random.Random, as_at: dt.date, planned_only: bool) -> tuple[str, dt.date, dt.date]:
    status = "planned" if planned_only else rnd.choices(
        ("completed", "in_progress", "planned", "suspended"), (0.21, 0.56, 0.17, 0.06))[0]
    year = dt.timedelta(days=365)
    if status == "completed":
        end = _day(rnd, dt.date(2013, 6, 1), as_at - dt.timedelta(days=30))
        start = max(dt.date(2011, 3, 1), end - rnd.randint(1, 4) * year - dt.timedelta(days=rnd.randint(0, 200)))
    elif status == "in_progress":
        start = _day(rnd, dt.date(2012, 1, 1), as_at - dt.timedelta(days=60))
        end = _day(rnd, max(start + year, as_at + dt.timedelta(days=60)), dt.date(2021, 12, 31))
    elif status == "planned":
        start = _day(rnd, as_at + dt.timedelta(days=15), dt.date(2018, 6, 30))
        end = start + rnd.randint(1, 5) * year
    else:
        start = _day(rnd, dt.date(2013, 1, 1), dt.date(2016, 6, 30))
        end = _day(rnd, as_at + dt.timedelta(days=90), dt.date(2020, 12, 31))
    return status, start, end


def _rag(rnd: random.Random, status: str) -> str | None:
    options = {"completed": (("green", 1.0),),
               "in_progress": (("green", 0.7), ("amber", 0.21), ("red", 0.06), ("-", 0.03)),
               "planned": (("green", 0.75), ("amber", 0.2), ("-", 0.05)),
               "suspended": (("red", 0.5), ("amber", 0.5))}[status]
    rag = _pick(rnd, options)
    return None if rag == "-" else rag


def _money(rnd: random.Random, cluster: str | None, category: str) -> tuple[int, int, int]:
    """(federal, regional, extra-budgetary) in tenths of RUB million."""
    total = round(min(60_000.0, max(15.0, rnd.lognormvariate(math.log(_MEDIAN_COST[cluster]), 0.9))) * 10)
    if category == "industrial":
        fed_share, reg_share = rnd.choice((0.0, 0.0, rnd.uniform(0.02, 0.15))), rnd.uniform(0.0, 0.06)
    elif category == "research_education":
        fed_share, reg_share = rnd.uniform(0.3, 0.6), rnd.uniform(0.1, 0.25)
    else:
        fed_share, reg_share = rnd.uniform(0.15, 0.45), rnd.uniform(0.15, 0.35)
    federal, regional = round(total * fed_share), round(total * reg_share)
    return federal, regional, total - federal - regional


def _jobs(rnd: random.Random, total_mln: float, status: str, *, start: dt.date, end: dt.date,
          as_at: dt.date) -> tuple[int, int]:
    planned = int(min(3500, max(10, total_mln / rnd.uniform(5.0, 14.0))))
    if status == "completed":
        share = rnd.uniform(1.04, 1.12) if rnd.random() < 0.06 else rnd.uniform(0.88, 1.0)
    elif status == "in_progress":
        share = min(1.0, (as_at - start).days / max(1, (end - start).days)) * rnd.uniform(0.4, 1.0)
    elif status == "suspended":
        share = rnd.uniform(0.0, 0.3)
    else:
        share = 0.0
    return planned, round(planned * share)


def _milestones(rnd: random.Random, kind: str, status: str, rag: str | None, *, start: dt.date, end: dt.date,
                as_at: dt.date) -> list[dict]:
    steps = {"facility": FACILITY_STEPS, "product": PRODUCT_STEPS, "outside": OUTSIDE_STEPS}[kind]
    count = rnd.randint(3, min(5, len(steps)))
    chosen = [*sorted(rnd.sample(range(len(steps) - 1), count - 1)), len(steps) - 1]
    span = (end - start).days
    out: list[dict[str, Any]] = []
    for n, step in enumerate(chosen, start=1):
        planned = start + dt.timedelta(days=round(span * n / count))
        out.append({"title": steps[step], "title_en": STEP_NAMES_EN[steps[step]], "planned_date": planned,
                    "actual_date": None, "status": "planned"})
    past = [m for m in out if m["planned_date"] <= as_at]
    late_chance = {"red": 0.9, "amber": 0.6}.get(rag or "", 0.04)
    late = status != "completed" and past and rnd.random() < late_chance
    for i, m in enumerate(past):
        if late and i == len(past) - 1:
            m["status"] = "missed" if rag == "red" and (as_at - m["planned_date"]).days > 120 else "planned"
            continue
        actual = m["planned_date"] + dt.timedelta(days=rnd.randint(-10, 40))
        m["actual_date"], m["status"] = min(max(actual, start), as_at, end if status == "completed" else as_at), "done"
    return out


def _problems(rnd: random.Random, rag: str | None, status: str) -> tuple[str | None, str | None]:
    if rag == "red" or status == "suspended":
        return "; ".join(rnd.sample(PROBLEMS, 2)), rnd.choice(DECISIONS_REQUESTED)
    if rag == "amber":
        return rnd.choice(PROBLEMS), rnd.choice(DECISIONS_REQUESTED) if rnd.random() < 0.4 else None
    return None, None


def _participants(rnd: random.Random, reg: Registers, cluster: str | None, lead: int) -> list[int]:
    pool = [c for c in reg.companies[cluster] if c != lead]
    chosen = rnd.sample(pool, rnd.randint(0, 2))
    chosen.append(rnd.choices(reg.by_kind["university"], (5, 5, 4, 2, 1, 1))[0])
    if rnd.random() < 0.35 and cluster in _CORPORATION:
        chosen.append(reg.org(_CORPORATION[cluster]))
    if rnd.random() < 0.25:
        chosen.append(rnd.choice(reg.by_kind["research_institute"] + reg.by_kind["development_institute"]))
    return sorted(set(chosen) - {lead})


def _instruments(rnd: random.Random, reg: Registers, cluster: str | None) -> list[int]:
    pool = [i for m in _MINISTRIES[cluster] for i in reg.instruments_of[m]]
    chosen = rnd.sample(pool, rnd.choice((0, 1, 1, 2, 2, 3)))
    if cluster is not None and rnd.random() < 0.3:
        chosen.append(reg.instruments_of["Минэкономразвития России"][0])  # the pilot-cluster subsidy
    return sorted(set(chosen))


def _plan(rnd: random.Random, reg: Registers, as_at: dt.date, cluster: str | None, *, name: str, part: Part,
          kind: str, planned_only: bool = False) -> PlannedProject:
    status, start, end = _status_and_dates(rnd, as_at, planned_only)
    rag = _rag(rnd, status)
    if status == "in_progress" and rag == "red" and rnd.random() < 0.5:
        end = _day(rnd, max(start + dt.timedelta(days=200), dt.date(2016, 3, 1)), as_at - dt.timedelta(days=20))
    federal, regional, extra = _money(rnd, cluster, part.category)
    confirmed_share = {"completed": 1.0, "in_progress": rnd.uniform(0.45, 0.95),
                       "planned": rnd.uniform(0.1, 0.6), "suspended": rnd.uniform(0.1, 0.5)}[status]
    total = (federal + regional + extra) / 10
    jobs_planned, jobs_created = _jobs(rnd, total, status, start=start, end=end, as_at=as_at)
    science = kind != "product" and part.work_area == "science_education"
    lead = rnd.choice(reg.by_kind["university"][:4] if science else reg.companies[cluster])
    location = _pick(rnd, _PLACES[cluster])
    if part.lead:  # projects outside the clusters have their own lead and place
        lead, location = reg.org(part.lead), part.place or location
    problems, decisions = _problems(rnd, rag, status)
    description = (f"{name}. Цель проекта — {PURPOSES[cluster]}. Инициатор — {reg.name_of(lead)}; "
                   f"место реализации — {location}.")
    stale = rnd.random() < 0.05
    reported = as_at - dt.timedelta(days=rnd.randint(100, 260) if stale else rnd.randint(5, 75))
    rnd.random()  # once drew which names lacked English; still drawn so that the rest of the demo is unchanged
    row = {
        "name": name, "name_en": part.en, "description": description,
        "category": part.category, "cluster": cluster, "work_area": part.work_area,
        "territory_type": part.territory if cluster is None or rnd.random() < 0.95 else None, "location": location,
        "lead_organization_id": lead, "status": status, "rag": rag, "start_date": start, "end_date": end,
        "total_cost_mln": total, "federal_budget_mln": federal / 10, "regional_budget_mln": regional / 10,
        "extra_budgetary_mln": extra / 10, "_confirmed_share": confirmed_share,
        "jobs_planned": jobs_planned, "jobs_created": jobs_created, "problems": problems,
        "decisions_requested": decisions, "reported_at": min(reported, as_at),
    }
    planned = PlannedProject(row, kind)
    planned.participants = _participants(rnd, reg, cluster, lead)
    planned.instruments = _instruments(rnd, reg, cluster)
    planned.milestones = _milestones(rnd, kind, status, rag, start=start, end=end, as_at=as_at)
    return planned


def _confirm(projects: list[PlannedProject]) -> None:
    """Set the confirmed part of extra-budgetary money so the portfolio's share is CONFIRMED_SHARE.

    Completed projects are fully confirmed; the others' drawn shares are scaled by one factor. A few
    planned projects report no confirmation at all (unknown, not zero).
    """
    done = sum(p.row["extra_budgetary_mln"] for p in projects if p.row["status"] == "completed")
    drawn = sum(p.row["extra_budgetary_mln"] * p.row["_confirmed_share"]
                for p in projects if p.row["status"] != "completed")
    extra = sum(p.row["extra_budgetary_mln"] for p in projects)
    factor = max(0.0, (CONFIRMED_SHARE * extra - done) / drawn) if drawn else 0.0
    unknown = [p for p in projects if p.row["status"] == "planned"][::9]
    for p in projects:
        share = p.row.pop("_confirmed_share")
        if p in unknown:
            p.row["extra_budgetary_confirmed_mln"] = None
            continue
        if p.row["status"] != "completed":
            share = min(1.0, share * factor)
        p.row["extra_budgetary_confirmed_mln"] = math.floor(p.row["extra_budgetary_mln"] * share * 10) / 10


def plan_projects(rnd: random.Random, reg: Registers, as_at: dt.date) -> list[PlannedProject]:
    """Every demo project, coded INO-0001…; the last IMPORTED_LATER ones are those a later import added."""
    projects = [_plan(rnd, reg, as_at, cluster, name=name, part=part, kind=kind)
                for cluster in FACILITIES for name, part, kind in _names(rnd, cluster)]
    projects += [_plan(rnd, reg, as_at, None, name=part.ru, part=part, kind="outside") for part in OUTSIDE]
    rnd.shuffle(projects)
    taken = {p.row["name"] for p in projects}
    for cluster in rnd.sample(list(FACILITIES), IMPORTED_LATER):
        name, part, kind = next((n, p, k) for n, p, k in _names(rnd, cluster) if n not in taken)
        projects.append(_plan(rnd, reg, as_at, cluster, name=name, part=part, kind=kind, planned_only=True))
    _confirm(projects)
    curators = dict(zip([*FACILITIES, None], names.CURATORS, strict=False))
    for number, p in enumerate(projects, start=1):
        p.row.update(id=number, code=f"INO-{number:04d}", curator=curators[p.row["cluster"]])
        for m in p.milestones:
            m["project_id"] = number
    return projects
