"""Two review meetings of the programme's working group, with agenda items and decisions.

The first (April 2016) reviews 2015; its decisions are followed up at the second (November 2016),
which sets new ones running into 2017. Items point at real demo projects, clusters and roadmap actions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ino_desktop import reference as ref
from ino_desktop.demo.registers import Registers
from ino_desktop.demo.roadmap import PlannedRoadmap

FIRST = dt.date(2016, 4, 14)
SECOND = dt.date(2016, 11, 24)
CHAIR = "Заместитель губернатора Томской области по научно-образовательному комплексу и инновационной политике"
VENUE = "Администрация Томской области, пл. Ленина, 6, малый зал"
OFFICE = "Проектный офис программы «ИНО Томск»"


@dataclass
class PlannedMeetings:
    meetings: list[dict] = field(default_factory=list)
    agenda: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)


def _quote(name: str) -> str:
    return f"«{name}»"


def plan_meetings(projects: list[dict], roadmap: PlannedRoadmap, reg: Registers) -> PlannedMeetings:
    """The meetings; nothing here is random: which projects come up follows from their state."""
    plan = PlannedMeetings()
    troubled = [p for p in projects if p["rag"] == "red" and p["status"] == "in_progress"]
    amber = [p for p in projects if p["rag"] == "amber" and p["status"] == "in_progress"]
    red1, red2, red3 = (troubled + amber)[:3]
    watch = amber[-2:]
    actions_2015 = [a for a in roadmap.actions if a["edition_id"] == 1]
    late_2015 = [a for a in actions_2015 if a["status"] != "done"]
    late_2016 = [a for a in roadmap.actions if a["edition_id"] == 2 and a["status"] != "done"
                 and a["deadline"] < SECOND]
    done_2015 = sum(1 for a in actions_2015 if a["status"] == "done")

    plan.meetings += [
        {"id": 1, "title": "Заседание рабочей группы по реализации программы «ИНО Томск»: итоги 2015 года",
         "date": FIRST, "chair": CHAIR, "venue": VENUE,
         "notes": "Рассмотрены итоги дорожной карты 2015 года и проекты с риском срыва сроков."},
        {"id": 2, "title": "Заседание рабочей группы по реализации программы «ИНО Томск»: ход реализации в 2016 году",
         "date": SECOND, "chair": CHAIR, "venue": VENUE,
         "notes": "Рассмотрено исполнение решений заседания 14.04.2016 и ход дорожной карты 2016 года."},
    ]

    def item(meeting: int, title: str, speaker: str | None, *, project: dict | None = None,
             cluster: str | None = None, action: dict | None = None) -> None:
        position = sum(1 for a in plan.agenda if a["meeting_id"] == meeting) + 1
        plan.agenda.append({"id": len(plan.agenda) + 1, "meeting_id": meeting, "position": position, "title": title,
                            "speaker": speaker, "project_id": project["id"] if project else None,
                            "cluster": cluster, "action_id": action["id"] if action else None})

    cluster1, cluster2 = "petrochemical", "hard_to_recover"
    item(1, f"Итоги выполнения дорожной карты 2015 года: выполнено {done_2015} из {len(actions_2015)} мероприятий",
         OFFICE)
    item(1, f"О ходе реализации проектов: {ref.term('cluster', cluster1).ru}", "Сергеев А. В.", cluster=cluster1)
    item(1, f"О рисках срыва сроков проекта {_quote(red1['name'])}", reg.name_of(red1["lead_organization_id"]),
         project=red1)
    item(1, f"О невыполненном мероприятии {late_2015[0]['number']} {_quote(late_2015[0]['title'])}",
         "Департамент экономики", action=late_2015[0])
    item(1, "Об утверждении дорожной карты программы на 2016 год", OFFICE)

    item(2, "Об исполнении решений заседания рабочей группы от 14.04.2016", OFFICE)
    item(2, "О ходе выполнения дорожной карты 2016 года", OFFICE)
    item(2, f"О проекте {_quote(red2['name'])}", reg.name_of(red2["lead_organization_id"]), project=red2)
    item(2, f"О проекте {_quote(red3['name'])}", reg.name_of(red3["lead_organization_id"]), project=red3)
    item(2, f"О ходе реализации проектов: {ref.term('cluster', cluster2).ru}", "Белов Д. С.", cluster=cluster2)
    item(2, f"О просроченном мероприятии {late_2016[0]['number']} {_quote(late_2016[0]['title'])}",
         "Департамент промышленности", action=late_2016[0])

    def decision(meeting: int, text: str, responsible: str, deadline: dt.date, status: str, *,
                 follow_up: str | None = None, project: dict | None = None) -> None:
        number = sum(1 for d in plan.decisions if d["meeting_id"] == meeting) + 1
        plan.decisions.append({"id": len(plan.decisions) + 1, "meeting_id": meeting, "number": number, "text": text,
                               "responsible": responsible, "deadline": deadline, "status": status,
                               "follow_up": follow_up, "project_id": project["id"] if project else None})

    noted = f"(рассмотрено на заседании {SECOND:%d.%m.%Y})"
    decision(1, f"Подготовить план восстановления графика проекта {_quote(red1['name'])}",
             reg.name_of(red1["lead_organization_id"]), dt.date(2016, 5, 31), "done",
             follow_up=f"План представлен 27.05.2016 {noted}", project=red1)
    decision(1, f"Обеспечить выполнение мероприятия {late_2015[0]['number']} до конца II квартала",
             "Департамент экономики", dt.date(2016, 6, 30), "open",
             follow_up=f"Не исполнено, срок нарушен; ответственный заслушан {noted}")
    decision(1, "Направить в Минпромторг России предложения о включении проектов нефтехимического кластера "
             "в перечень приоритетных", "Департамент промышленности", dt.date(2016, 7, 15), "done",
             follow_up=f"Письмо направлено 11.07.2016 {noted}")
    decision(1, "Представить обоснование потребности в подъездной автодороге к площадке проекта "
             f"{_quote(watch[0]['name'])}", "Департамент строительства", dt.date(2016, 9, 1), "open",
             follow_up=f"Обоснование не представлено {noted}", project=watch[0])
    decision(1, "Рассмотреть возможность софинансирования научно-образовательного центра из средств ФЦП",
             "Департамент по инновациям", dt.date(2016, 8, 31), "cancelled",
             follow_up=f"Снято с контроля: ФЦП не предусматривает такой меры {noted}")
    decision(1, "Подготовить предложения по подтверждению внебюджетного финансирования проектов кластеров",
             OFFICE, dt.date(2016, 10, 1), "done", follow_up=f"Предложения одобрены {noted}")

    decision(2, f"Провести выездное совещание на площадке проекта {_quote(red2['name'])}", "Сергеев А. В.",
             dt.date(2016, 12, 9), "open", project=red2)
    decision(2, f"Представить заявку на заём Фонда развития промышленности по проекту {_quote(red3['name'])}",
             reg.name_of(red3["lead_organization_id"]), dt.date(2017, 2, 28), "open", project=red3)
    decision(2, f"Завершить мероприятие {late_2016[0]['number']} дорожной карты 2016 года",
             "Департамент промышленности", dt.date(2017, 3, 31), "open")
    decision(2, "Актуализировать сведения о проектах, не отчитывавшихся более 90 дней", OFFICE,
             dt.date(2016, 12, 20), "open")
    decision(2, f"Подготовить предложения по проекту {_quote(watch[1]['name'])} для федерального уровня",
             reg.name_of(watch[1]["lead_organization_id"]), dt.date(2017, 1, 31), "open", project=watch[1])
    return plan
