#!/usr/bin/env bash
# Until the first release the schema has one migration; after a model change, regenerate it from the
# models (idempotent) and check that models and migration agree. After a release: add a new revision.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
rm -f build/alembic-check.sqlite ino_desktop/db/migrations/versions/0001_initial_schema.py
.venv/bin/alembic revision --autogenerate -m "initial schema" --rev-id 0001 >/dev/null
rm -f build/alembic-check.sqlite
.venv/bin/alembic upgrade head >/dev/null
.venv/bin/alembic check
rm -f build/alembic-check.sqlite
