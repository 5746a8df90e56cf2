"""Import what agencies send: read (sniff → readers → table → mapping → values → validate),
then plan (match → plan) and apply (apply, undo, report). See DESIGN.md's sketch.

The service the command line and the window call:

    plan = importer.plan(path, session, profile, sheet=..., source=...)   # reads and matches; writes nothing
    outcome = importer.apply(plan, session, progress, user=...)          # backup, then one transaction
    importer.undo(batch_id, session)                                     # reverts one batch

These three functions shadow the submodules of the same names as attributes of the package; import
from the submodules by their full names (`from ino_desktop.importer.plan import RowPlan`).
"""

from ino_desktop.importer.apply import CREATED, ImportOutcome, Progress
from ino_desktop.importer.plan import FieldDiff, ImportPlan, RowPlan, TablePlan
from ino_desktop.importer.profiles import list_profiles, load_profile, save_profile
from ino_desktop.importer.service import apply, plan, undo
from ino_desktop.importer.undo import UndoOutcome, UndoRefused

__all__ = [
    "CREATED", "FieldDiff", "ImportOutcome", "ImportPlan", "Progress", "RowPlan", "TablePlan", "UndoOutcome",
    "UndoRefused", "apply", "list_profiles", "load_profile", "plan", "save_profile", "undo",
]
