#!/usr/bin/env bash
# Local MariaDB for tests and CI, without systemd or Docker (loopback only).
#   tools/db/mariadb.sh start   -> installs mariadb-server if missing, starts it, creates db/user, prints DATABASE_URL
#   tools/db/mariadb.sh stop
#   tools/db/mariadb.sh url     -> prints the DATABASE_URL for the running server
set -euo pipefail
DB_DIR=${DB_DIR:-/tmp/pinzhi-mariadb}
DB_PORT=${DB_PORT:-3307}
DB_NAME=${DB_NAME:-pinzhi}
DB_USER=${DB_USER:-pinzhi}
DB_PASS=${DB_PASS:-pinzhi}
SOCK="$DB_DIR/mysqld.sock"

url() { echo "mysql://$DB_USER:$DB_PASS@127.0.0.1:$DB_PORT/$DB_NAME"; }

start() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >/dev/null
  fi
  mkdir -p "$DB_DIR"
  if mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1; then
    echo "MariaDB already running on $DB_PORT" >&2
  else
    [ -d "$DB_DIR/data/mysql" ] || mariadb-install-db --user=root --datadir="$DB_DIR/data" \
      --auth-root-authentication-method=normal --skip-test-db >/dev/null
    # A tmpfs-like, non-durable config: this server exists only for tests.
    /usr/sbin/mariadbd --no-defaults --user=root --datadir="$DB_DIR/data" --socket="$SOCK" \
      --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$DB_DIR/mysqld.pid" \
      --log-error="$DB_DIR/error.log" --skip-name-resolve \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-flush-log-at-trx-commit=0 --sync-binlog=0 --innodb-doublewrite=0 \
      --max-connections=500 >/dev/null 2>&1 &
    for _ in $(seq 120); do
      mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
      sleep 0.5
    done
    mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1 || { cat "$DB_DIR/error.log" >&2; exit 1; }
  fi
  # The test suite creates one database per test file, so the user may create databases.
  mariadb --socket="$SOCK" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
  url
}

stop() {
  if [ -f "$DB_DIR/mysqld.pid" ]; then
    pid=$(cat "$DB_DIR/mysqld.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
