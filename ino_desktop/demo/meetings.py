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
from ino_desktop.demo.roadmap_en import ENGLISH_TITLES as _ENGLISH_TITLES

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


def _en(project: dict) -> str:
    """A project's English name in quotes (every demo project has one)."""
    return f"“{project['name_en']}”"


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
         "title_en": "INO Tomsk programme working group: results of 2015",
         "date": FIRST, "chair": CHAIR, "venue": VENUE,
         "notes": "Рассмотрены итоги дорожной карты 2015 года и проекты с риском срыва сроков."},
        {"id": 2, "title": "Заседание рабочей группы по реализации программы «ИНО Томск»: ход реализации в 2016 году",
         "title_en": "INO Tomsk programme working group: progress in 2016",
         "date": SECOND, "chair": CHAIR, "venue": VENUE,
         "notes": "Рассмотрено исполнение решений заседания 14.04.2016 и ход дорожной карты 2016 года."},
    ]

    def item(meeting: int, title: str, title_en: str, speaker: str | None, *, project: dict | None = None,
             cluster: str | None = None, action: dict | None = None) -> None:
        position = sum(1 for a in plan.agenda if a["meeting_id"] == meeting) + 1
        plan.agenda.append({"id": len(plan.agenda) + 1, "meeting_id": meeting, "position": position, "title": title,
                            "title_en": title_en,
                            "speaker": speaker, "project_id": project["id"] if project else None,
                            "cluster": cluster, "action_id": action["id"] if action else None})

    cluster1, cluster2 = "petrochemical", "hard_to_recover"
    late1, late2 = late_2015[0], late_2016[0]
    late1_en, late2_en = _ENGLISH_TITLES[late1["title"]], _ENGLISH_TITLES[late2["title"]]
    item(1, f"Итоги выполнения дорожной карты 2015 года: выполнено {done_2015} из {len(actions_2015)} мероприятий",
         f"Roadmap 2015 results: {done_2015} of {len(actions_2015)} actions done", OFFICE)
    item(1, f"О ходе реализации проектов: {ref.term('cluster', cluster1).ru}",
         f"Progress of the projects: {ref.term('cluster', cluster1).en}", "Сергеев А. В.", cluster=cluster1)
    item(1, f"О рисках срыва сроков проекта {_quote(red1['name'])}", f"Risk of delay: project {_en(red1)}",
         reg.name_of(red1["lead_organization_id"]), project=red1)
    item(1, f"О невыполненном мероприятии {late1['number']} {_quote(late1['title'])}",
         f"Roadmap action {late1['number']} not done: “{late1_en}”", "Департамент экономики", action=late1)
    item(1, "Об утверждении дорожной карты программы на 2016 год", "Approval of the 2016 roadmap", OFFICE)

    item(2, "Об исполнении решений заседания рабочей группы от 14.04.2016",
         "Follow-up of the decisions of the meeting of 14 Apr 2016", OFFICE)
    item(2, "О ходе выполнения дорожной карты 2016 года", "Progress of the 2016 roadmap", OFFICE)
    item(2, f"О проекте {_quote(red2['name'])}", f"Project {_en(red2)}", reg.name_of(red2["lead_organization_id"]),
         project=red2)
    item(2, f"О проекте {_quote(red3['name'])}", f"Project {_en(red3)}", reg.name_of(red3["lead_organization_id"]),
         project=red3)
    item(2, f"О ходе реализации проектов: {ref.term('cluster', cluster2).ru}",
         f"Progress of the projects: {ref.term('cluster', cluster2).en}", "Белов Д. С.", cluster=cluster2)
    item(2, f"О просроченном мероприятии {late2['number']} {_quote(late2['title'])}",
         f"Overdue roadmap action {late2['number']}: “{late2_en}”", "Департамент промышленности", action=late2)

    def decision(meeting: int, text: str, text_en: str, responsible: str, deadline: dt.date, *, status: str,
                 follow_up: str | None = None, project: dict | None = None) -> None:
        number = sum(1 for d in plan.decisions if d["meeting_id"] == meeting) + 1
        plan.decisions.append({"id": len(plan.decisions) + 1, "meeting_id": meeting, "number": number, "text": text,
                               "text_en": text_en, "responsible": responsible, "deadline": deadline,
                               "status": status, "follow_up": follow_up,
                               "project_id": project["id"] if project else None})

    noted = f"(рассмотрено на заседании {SECOND:%d.%m.%Y})"
    decision(1, f"Подготовить план восстановления графика проекта {_quote(red1['name'])}",
             f"Prepare a recovery plan for project {_en(red1)}",
             reg.name_of(red1["lead_organization_id"]), dt.date(2016, 5, 31), status="done",
             follow_up=f"План представлен 27.05.2016 {noted}", project=red1)
    decision(1, f"Обеспечить выполнение мероприятия {late1['number']} до конца II квартала",
             f"Complete roadmap action {late1['number']} by the end of Q2", "Департамент экономики",
             dt.date(2016, 6, 30), status="open",
             follow_up=f"Не исполнено, срок нарушен; ответственный заслушан {noted}")
    decision(1, "Направить в Минпромторг России предложения о включении проектов нефтехимического кластера "
             "в перечень приоритетных",
             "Propose the petrochemical cluster's projects to the Ministry of Industry and Trade as priority projects",
             "Департамент промышленности", dt.date(2016, 7, 15), status="done",
             follow_up=f"Письмо направлено 11.07.2016 {noted}")
    decision(1, "Представить обоснование потребности в подъездной автодороге к площадке проекта "
             f"{_quote(watch[0]['name'])}", f"Justify the access road to the site of project {_en(watch[0])}",
             "Департамент строительства", dt.date(2016, 9, 1), status="open",
             follow_up=f"Обоснование не представлено {noted}", project=watch[0])
    decision(1, "Рассмотреть возможность софинансирования научно-образовательного центра из средств ФЦП",
             "Consider co-funding the research and education centre from the federal target programme",
             "Департамент по инновациям", dt.date(2016, 8, 31), status="cancelled",
             follow_up=f"Снято с контроля: ФЦП не предусматривает такой меры {noted}")
    decision(1, "Подготовить предложения по подтверждению внебюджетного финансирования проектов кластеров",
             "Propose how the clusters' projects can confirm their extra-budgetary funding",
             OFFICE, dt.date(2016, 10, 1), status="done", follow_up=f"Предложения одобрены {noted}")

    decision(2, f"Провести выездное совещание на площадке проекта {_quote(red2['name'])}",
             f"Hold an on-site meeting at project {_en(red2)}", "Сергеев А. В.",
             dt.date(2016, 12, 9), status="open", project=red2)
    decision(2, f"Представить заявку на заём Фонда развития промышленности по проекту {_quote(red3['name'])}",
             f"Apply for an Industrial Development Fund loan for project {_en(red3)}",
             reg.name_of(red3["lead_organization_id"]), dt.date(2017, 2, 28), status="open", project=red3)
    decision(2, f"Завершить мероприятие {late2['number']} дорожной карты 2016 года",
             f"Complete action {late2['number']} of the 2016 roadmap", "Департамент промышленности",
             dt.date(2017, 3, 31), status="open")
    decision(2, "Актуализировать сведения о проектах, не отчитывавшихся более 90 дней",
             "Update the data of the projects that have not reported for over 90 days", OFFICE,
             dt.date(2016, 12, 20), status="open")
    decision(2, f"Подготовить предложения по проекту {_quote(watch[1]['name'])} для федерального уровня",
             f"Prepare proposals on project {_en(watch[1])} for the federal level",
             reg.name_of(watch[1]["lead_organization_id"]), dt.date(2017, 1, 31), status="open", project=watch[1])
    return plan
