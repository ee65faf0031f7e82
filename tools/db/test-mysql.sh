#!/usr/bin/env bash
# Runs the whole test suite (`npm test`) on MariaDB instead of SQLite:   npm run test:mysql
#   - starts a local MariaDB with tools/db/mariadb.sh (installs it if missing; idempotent),
#   - runs `DATABASE_URL=<url> npm test [-- extra jest args]`,
#   - stops MariaDB again only if this script started it (a server that was already running,
#     e.g. from a developer's session, is left running).
# Exit code: the test run's exit code (1 if MariaDB could not be started).
# DB_DIR / DB_PORT / DB_NAME / DB_USER / DB_PASS are passed through to mariadb.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

MARIADB=tools/db/mariadb.sh
started_here=0
start_log=$(mktemp)

cleanup() {
  local rc=$?
  rm -f "$start_log"
  if [ "$started_here" = 1 ]; then
    echo "test-mysql: stopping the MariaDB this script started" >&2
    bash "$MARIADB" stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# mariadb.sh prints "MariaDB already running on <port>" on stderr when a server is up, and the
# DATABASE_URL as the last line of stdout.
set +e
start_out=$(bash "$MARIADB" start 2>"$start_log")
start_rc=$?
set -e
cat "$start_log" >&2
grep -q 'already running' "$start_log" || started_here=1
if [ "$start_rc" != 0 ]; then
  echo "test-mysql: could not start MariaDB (tools/db/mariadb.sh start exited $start_rc)" >&2
  exit 1
fi
url=$(printf '%s\n' "$start_out" | tail -n 1)
case "$url" in
  mysql://*) ;;
  *) echo "test-mysql: unexpected output from mariadb.sh start: $url" >&2; exit 1 ;;
esac

echo "test-mysql: DATABASE_URL=$url npm test $*" >&2
set +e
DATABASE_URL="$url" npm test -- "$@"
rc=$?
set -e
exit "$rc"
