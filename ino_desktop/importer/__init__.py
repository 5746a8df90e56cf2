"""Import what agencies send: read (sniff → readers → table → mapping → values → validate, gathered by
workbook.py), then plan (match → plan) and apply (apply, undo, report). See DESIGN.md's sketch.

The service the command line and the window call is `importer.service`:

    plan = service.plan(path, session, profile, sheet=..., source=...)   # reads and matches; writes nothing
    outcome = service.apply(plan, session, progress, user=...)          # backup, then one transaction
    service.undo(batch_id, session)                                     # reverts one batch

The package itself names its modules only (`from ino_desktop.importer import service`), so that
`importer.plan` is always the module plan.py, never a function of the same name.
"""
