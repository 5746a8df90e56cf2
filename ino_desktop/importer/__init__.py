"""Import what agencies send: read (sniff → readers → table → mapping → values → validate),
then plan (match → plan) and apply (apply, undo, report). See DESIGN.md's sketch."""
