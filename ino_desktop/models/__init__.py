"""Typed ORM models of DESIGN.md's entities. Import from here."""

from ino_desktop.models.audit import ChangeLog, ImportBatch, ImportProfile, SavedView, Setting
from ino_desktop.models.base import Base
from ino_desktop.models.meetings import AgendaItem, Decision, Meeting
from ino_desktop.models.projects import (
    DATE_FIELDS,
    INT_FIELDS,
    MONEY_FIELDS,
    PROJECT_FIELDS,
    Milestone,
    Project,
)
from ino_desktop.models.reference import (
    Category,
    Cluster,
    Indicator,
    IndicatorValue,
    Status,
    TerritoryType,
    WorkArea,
)
from ino_desktop.models.registers import (
    FederalInstrument,
    Organisation,
    project_instruments,
    project_organisations,
)
from ino_desktop.models.roadmap import RoadmapAction, RoadmapEdition, action_organisations, action_projects

__all__ = [
    "DATE_FIELDS", "INT_FIELDS", "MONEY_FIELDS", "PROJECT_FIELDS",
    "AgendaItem", "Base", "Category", "ChangeLog", "Cluster", "Decision", "FederalInstrument",
    "ImportBatch", "ImportProfile", "Indicator", "IndicatorValue", "Meeting", "Milestone",
    "Organisation", "Project", "RoadmapAction", "RoadmapEdition", "SavedView", "Setting", "Status",
    "TerritoryType", "WorkArea", "action_organisations", "action_projects", "project_instruments",
    "project_organisations",
]
