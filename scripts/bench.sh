#!/usr/bin/env bash
# Builds and runs the benchmarks, printing their figures (they always exit 0
# unless something breaks; the figures are the output). Assumes setup.sh ran.
#   BUILD_DIR      build folder (default build)
#   TICKETS        tickets to issue (default 2000)
#   RECORDS        log book records to generate (default 1000000)
#   BENCH_DB       log book database to reuse across runs (built there when
#                  missing; default: a temporary one, rebuilt each run)
# bench/bench_kiosk.sh measures the kiosk's start-up and memory separately.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
scripts/build.sh bench_ticket_issue bench_log_search bench_server bench_sync bench_hub

echo "== bench_ticket_issue"
"$BUILD_DIR/bench/bench_ticket_issue" --n "${TICKETS:-2000}"
echo
echo "== bench_log_search"
search_args=(--n "${RECORDS:-1000000}")
if [ -n "${BENCH_DB:-}" ]; then search_args+=(--db "$BENCH_DB"); fi
"$BUILD_DIR/bench/bench_log_search" "${search_args[@]}"
echo
echo "== bench_server (50 kiosks posting batches to reception-server on loopback, SQLite)"
"$BUILD_DIR/bench/bench_server" --kiosks 50
echo
echo "== bench_sync (a 10,000-record backlog: sync client vs plain libcurl, same bytes)"
"$BUILD_DIR/bench/bench_sync" --n 10000
echo
echo "== bench_hub (a desk's calls through the office hub vs in process; desk call -> display)"
"$BUILD_DIR/bench/bench_hub" --n "${HUB_TICKETS:-500}"
