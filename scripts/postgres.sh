#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for `make test-postgres`: installs the server if missing,
# starts a fresh cluster in a temporary folder, runs the core's tests against it (every test whose `db` or
# `db_target` fixture has its `postgres` parameter, and the server-only tests), stops it.
#   scripts/postgres.sh [test [PYTEST ARGS…]]   the suite (or what the arguments select)
#   scripts/postgres.sh shell                    a shell with INO_TEST_PG_URL set
set -euo pipefail
cd "$(dirname "$0")/.."
# A free loopback port unless one is given, so two checkouts can run their suites side by side.
PORT="${INO_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "installing the PostgreSQL server (Debian package postgresql)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(pg_bin)"
DATA="$(mktemp -d /tmp/ino-pg.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$DATA"
  RUN_AS=(runuser -u postgres --)
fi
cleanup() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT
"${RUN_AS[@]}" "$BIN/initdb" -D "$DATA/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA/db" -w -l "$DATA/log" \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA -c fsync=off" start >/dev/null
export INO_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
CORE_TESTS=(tests/db tests/services tests/importer tests/briefing tests/exporting tests/demo tests/cli
            tests/postgres)
MODE="${1:-test}"
shift || true
paths=0
for arg in "$@"; do [[ "$arg" == -* ]] || paths=1; done
[ "$paths" = 1 ] || set -- "$@" "${CORE_TESTS[@]}"  # options only: the core suites
case "$MODE" in
  test) QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider -m postgres "$@" ;;
  shell) echo "$INO_TEST_PG_URL"; bash ;;
esac
