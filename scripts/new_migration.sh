#!/usr/bin/env bash
# After a model change: scripts/new_migration.sh "what changed" — writes the next numbered Alembic revision
# from the models, checks models and migrations agree, and reminds you to raise SCHEMA_VERSION.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 \"message\"" >&2; exit 2; }
last=$(ls ino_desktop/db/migrations/versions/ | grep -E '^[0-9]{4}_' | sort | tail -n 1 | cut -c1-4)
next=$(printf '%04d' $((10#$last + 1)))
mkdir -p build
rm -f build/alembic-check.sqlite
.venv/bin/alembic upgrade head >/dev/null
.venv/bin/alembic revision --autogenerate -m "$1" --rev-id "$next"
rm -f build/alembic-check.sqlite
.venv/bin/alembic upgrade head >/dev/null && .venv/bin/alembic check
rm -f build/alembic-check.sqlite
echo "now set SCHEMA_VERSION = $((10#$next)) in ino_desktop/db/engine.py"
