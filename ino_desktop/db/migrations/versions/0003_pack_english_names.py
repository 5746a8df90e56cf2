"""English names for milestones, roadmap editions and actions, meetings, agenda items and decisions;
a project's baseline end date.

Revision ID: 0003_pack_english_names
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_pack_english_names"
down_revision = "0002"
branch_labels = None
depends_on = None

_ENGLISH = (("milestones", "title_en", sa.String(500)), ("roadmap_editions", "title_en", sa.String(500)),
            ("roadmap_actions", "title_en", sa.Text()), ("meetings", "title_en", sa.String(500)),
            ("agenda_items", "title_en", sa.Text()), ("decisions", "text_en", sa.Text()))

# The baseline is the end date a project had first: the old value of its earliest logged end-date change,
# else today's end date. Change-log values are JSON strings ("\"2016-12-31\""), hence the trim. PostgreSQL
# wants the text cast to a date; SQLite must not cast (CAST AS DATE there yields the number 2016).
_BASELINE = """
UPDATE projects SET baseline_end_date = COALESCE(
    (SELECT {trimmed} FROM change_log c
      WHERE c.project_id = projects.id AND c.field = 'end_date' AND c.old_value LIKE '"____-__-__"'
      ORDER BY c.changed_at, c.id LIMIT 1),
    end_date)
"""


def upgrade() -> None:
    for table, column, kind in _ENGLISH:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, kind, nullable=True))
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("baseline_end_date", sa.Date(), nullable=True))
    trimmed = "substr(c.old_value, 2, 10)"
    if op.get_bind().dialect.name == "postgresql":
        trimmed = f"CAST({trimmed} AS DATE)"
    op.execute(_BASELINE.format(trimmed=trimmed))


def downgrade() -> None:
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_column("baseline_end_date")
    for table, column, _kind in reversed(_ENGLISH):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
