#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb + pg_ctl
# in a fresh temporary directory, listening only on 127.0.0.1 at a free port,
# trust authentication, one database "tiepdan".
#
#   scripts/pg-test-cluster.sh start      prints  PGDIR=<dir>  and  CONNINFO=<conninfo>
#   scripts/pg-test-cluster.sh stop DIR   stops the cluster and deletes DIR
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# "postgres" system user (created by Debian's postgresql package) and the
# server runs through runuser. Exits non-zero with the reason on any failure.
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
die() { echo "pg-test-cluster: $*" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -x "$PGBIN/initdb" ] || die "no $PGBIN/initdb: install postgresql (scripts/setup.sh)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user"
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/tiepdan-pg.XXXXXX")"
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  # A free loopback port: bind to port 0 and read what the kernel chose.
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_owner "$PGBIN/initdb" -D "$dir/data" -U tiepdan --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start \
      >/dev/null || { cat "$dir/server.log" >&2; die "pg_ctl start failed"; }
  as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U tiepdan tiepdan \
      || die "createdb failed"
  echo "PGDIR=$dir"
  echo "CONNINFO=host=127.0.0.1 port=$port dbname=tiepdan user=tiepdan"
}

stop() {
  local dir="${1:-}"
  case "$dir" in
    */tiepdan-pg.*) ;;
    *) die "stop: '$dir' is not a directory made by this script" ;;
  esac
  [ -d "$dir/data" ] && as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) die "usage: $0 start | stop DIR" ;;
esac
