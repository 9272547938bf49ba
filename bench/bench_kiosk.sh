#!/usr/bin/env bash
# Kiosk start-up time and memory, offscreen (QT_QPA_PLATFORM=offscreen, so
# the software scene graph), printing the figures and the targets:
#  1. first frame: time from spawning the process to its first swapped frame,
#     reception-kiosk against a bare Qt Quick Controls window of the same size
#     (bench/bare), RUNS runs each, alternating; median and p90 of both and
#     the ratio of the medians. Target: kiosk/bare <= 1.3.
#  2. idle memory: VmRSS of reception-kiosk (and of the bare window) IDLE_SECONDS
#     after its first frame. Target: < 150 MB (MB = 1024 kB here).
#  3. growth: bench_kiosk_cycles runs CYCLES ticket visits through the kiosk's
#     controller and screens (see bench/kiosk_cycles.cpp) and prints VmRSS at
#     idle and after 100, 1000 and CYCLES cycles, with SQLite's own heap; then
#     the same with --no-screens (controller only). Target: from cycle 100 to
#     CYCLES, RSS grows by no more than SQLite's heap grows (its page cache
#     fills up to cache_size, 2000 KiB by default, then stays) plus
#     GROWTH_SLACK_KB; and RSS stays < 150 MB.
# The frame is taken from a line "first-frame-ms N" printed on the first
# QQuickWindow::frameSwapped (bench_bare_window prints it; reception-kiosk
# does when TIEPDAN_BENCH_FIRST_FRAME is set, if it has that hook) or else
# from Qt's own "Frame rendered" line (logging category
# qt.scenegraph.time.renderloop, enabled for both programs), whichever comes
# first; the clock is the script's, from spawn to that line, so dynamic
# loading counts. The kiosk runs on one office database and both programs on
# one QML disk cache (XDG_CACHE_HOME), both made by warm-up runs not counted.
#   BUILD_DIR     build folder (default build); binaries: KIOSK, BARE, CYCLES_BIN
#   RUNS          runs of each program (default 15)
#   IDLE_SECONDS  idle time before reading RSS (default 5)
#   CYCLES        ticket cycles (default 2000)
#   GROWTH_SLACK_KB  growth besides SQLite's, cycle 100 to CYCLES, still called flat (default 2048)
#   CONFIG        configuration folder (default kiosk-config)
# Build first: scripts/build.sh reception-kiosk bench_bare_window bench_kiosk_cycles
# Exit status: 0 when every target passes, 1 when one fails, 2 on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
KIOSK="${KIOSK:-$BUILD_DIR/app/kiosk/reception-kiosk}"
BARE="${BARE:-$BUILD_DIR/bench/bench_bare_window}"
CYCLES_BIN="${CYCLES_BIN:-$BUILD_DIR/bench/bench_kiosk_cycles}"
RUNS="${RUNS:-15}"
IDLE_SECONDS="${IDLE_SECONDS:-5}"
CYCLES="${CYCLES:-2000}"
GROWTH_SLACK_KB="${GROWTH_SLACK_KB:-2048}"
CONFIG="${CONFIG:-kiosk-config}"
TIMEOUT=60 # seconds to wait for a first frame

for bin in "$KIOSK" "$BARE" "$CYCLES_BIN"; do
    if [ ! -x "$bin" ]; then
        echo "bench_kiosk: $bin is missing; build it:" >&2
        echo "  BUILD_DIR=$BUILD_DIR scripts/build.sh reception-kiosk bench_bare_window bench_kiosk_cycles" >&2
        exit 2
    fi
done
if ((CYCLES <= 100)); then
    echo "bench_kiosk: CYCLES must be above 100" >&2
    exit 2
fi
if [ "${BASH_VERSINFO[0]}" -lt 5 ]; then
    echo "bench_kiosk: needs bash 5 (EPOCHREALTIME)" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bench_kiosk.XXXXXX")
running=""
cleanup() {
    if [ -n "$running" ]; then kill "$running" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -m 700 "$scratch/runtime"
mkfifo "$scratch/out"
db="$scratch/office.db"

# The same environment for both programs; the kiosk's own choices (virtual
# keyboard input method and so on) stay part of what is measured.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CACHE_HOME="$scratch/cache" # QML disk cache: filled by the warm-up runs
own_rules="${QT_LOGGING_RULES:-}"
export QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true${own_rules:+;$own_rules}"
export TIEPDAN_BENCH_FIRST_FRAME=1 # the kiosk's hook, if it has it; no env(1) wrapper
kiosk_cmd=("$KIOSK" --config "$CONFIG" --db "$db")
bare_cmd=("$BARE")

now_us() { local t=$EPOCHREALTIME; printf -v "$1" '%s' "${t/[.,]/}"; }

# first_frame CMD...: sets FF_US (spawn to first frame, microseconds), FF_OWN
# (the program's own first-frame-ms, or -) and FF_LOG (all it printed).
first_frame() {
    local t0 t1="" line fd pid
    FF_OWN=- FF_LOG=""
    now_us t0
    "$@" >"$scratch/out" 2>&1 &
    pid=$!
    running=$pid
    exec {fd}<"$scratch/out"
    while IFS= read -r -t "$TIMEOUT" -u "$fd" line; do
        FF_LOG+="$line"$'\n'
        case $line in
            "first-frame-ms "*) now_us t1; FF_OWN=${line#first-frame-ms }; break ;;
            *"Frame rendered with"*) now_us t1; break ;;
        esac
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    running=""
    exec {fd}<&-
    if [ -z "$t1" ]; then
        echo "bench_kiosk: no first frame within ${TIMEOUT}s from: $*" >&2
        printf '%s' "$FF_LOG" >&2
        exit 2
    fi
    FF_US=$((t1 - t0))
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

# stats VALUES...: "median p90" (nearest rank), same unit as the values.
stats() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
        function rank(p,  i) { i = int(p * NR); if (i < p * NR) i++; if (i < 1) i = 1; return v[i] }
        END { printf "%s %s\n", rank(0.5), rank(0.9) }'
}

# target TEXT OK: prints the verdict line; OK is 1 or 0.
target() {
    if [ "$2" = 1 ]; then echo "target: $1 -> PASS"; else echo "target: $1 -> FAIL"; failed=1; fi
}
failed=0

echo "== first frame: spawn -> first swapped frame, offscreen, $RUNS runs each, alternating"
echo "kiosk: $KIOSK   bare: $BARE   $(nproc) CPUs"
first_frame "${kiosk_cmd[@]}" # warm-up: creates the database, fills the page cache
first_frame "${bare_cmd[@]}"
bare_us=() kiosk_us=() bare_own=() kiosk_own=()
for ((i = 1; i <= RUNS; i++)); do
    if ((i % 2)); then order=(bare kiosk); else order=(kiosk bare); fi
    for who in "${order[@]}"; do
        if [ "$who" = bare ]; then
            first_frame "${bare_cmd[@]}"
            bare_us+=("$FF_US") b=$FF_US
            [ "$FF_OWN" = - ] || bare_own+=("$FF_OWN")
        else
            first_frame "${kiosk_cmd[@]}"
            kiosk_us+=("$FF_US") k=$FF_US
            [ "$FF_OWN" = - ] || kiosk_own+=("$FF_OWN")
        fi
    done
    printf 'run %2d  bare %7s ms  kiosk %7s ms\n' "$i" "$(ms "$b")" "$(ms "$k")"
done
read -r bare_med bare_p90 < <(stats "${bare_us[@]}")
read -r kiosk_med kiosk_p90 < <(stats "${kiosk_us[@]}")
own() { # own LABEL VALUES...: the program's own marker figures, if any
    local label=$1
    shift
    if [ $# -eq 0 ]; then
        echo "its own first-frame-ms marker: not printed (frame taken from Qt's renderloop log)"
    else
        read -r m p < <(stats "$@")
        echo "its own first-frame-ms (since main()): median $m  p90 $p ms"
    fi
}
printf 'bare window      median %7s ms  p90 %7s ms   %s\n' "$(ms "$bare_med")" "$(ms "$bare_p90")" "$(own bare ${bare_own[@]+"${bare_own[@]}"})"
printf 'reception-kiosk  median %7s ms  p90 %7s ms   %s\n' "$(ms "$kiosk_med")" "$(ms "$kiosk_p90")" "$(own kiosk ${kiosk_own[@]+"${kiosk_own[@]}"})"
ratio=$(awk -v k="$kiosk_med" -v b="$bare_med" 'BEGIN { printf "%.2f", k / b }')
echo "ratio kiosk/bare (medians) $ratio"
target "ratio <= 1.3" "$(awk -v r="$ratio" 'BEGIN { print (r <= 1.3) ? 1 : 0 }')"

# rss_of PID: "VmRSS anon file" in kB.
rss_of() {
    awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } END { print r, a, f }' "/proc/$1/status"
}
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }

# idle_rss CMD...: starts it, waits for its first frame and IDLE_SECONDS more,
# sets IDLE_RSS/IDLE_ANON/IDLE_FILE (kB) and stops it.
idle_rss() {
    local pid log="$scratch/idle.log" waited=0
    "$@" >"$log" 2>&1 &
    pid=$!
    running=$pid
    until grep -q -e '^first-frame-ms ' -e 'Frame rendered with' "$log"; do
        if ! kill -0 "$pid" 2>/dev/null || ((waited++ > TIMEOUT * 20)); then
            echo "bench_kiosk: no first frame from: $*" >&2
            cat "$log" >&2
            exit 2
        fi
        sleep 0.05
    done
    sleep "$IDLE_SECONDS"
    read -r IDLE_RSS IDLE_ANON IDLE_FILE < <(rss_of "$pid")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    running=""
}

unset TIEPDAN_BENCH_FIRST_FRAME # from here on the kiosk must stay up
echo
echo "== idle memory: VmRSS ${IDLE_SECONDS}s after the first frame (MB = 1024 kB)"
idle_rss "$BARE" --stay
printf 'bare window      %6s MB  (anon %s, file %s MB)\n' "$(mb "$IDLE_RSS")" "$(mb "$IDLE_ANON")" "$(mb "$IDLE_FILE")"
idle_rss "$KIOSK" --config "$CONFIG" --db "$db"
kiosk_idle=$IDLE_RSS
printf 'reception-kiosk  %6s MB  (anon %s, file %s MB)\n' "$(mb "$IDLE_RSS")" "$(mb "$IDLE_ANON")" "$(mb "$IDLE_FILE")"
target "idle RSS < 150 MB" $((kiosk_idle < 150 * 1024))

# cycles LABEL ARGS...: runs bench_kiosk_cycles, prints its figures and verdicts.
cycles() {
    local label=$1 out first first_sql last last_sql grow sql
    shift
    echo
    echo "== memory over $CYCLES ticket cycles, $label (bench_kiosk_cycles --cycles $CYCLES${*:+ $*})"
    out=$(QT_LOGGING_RULES="$own_rules" "$CYCLES_BIN" --cycles "$CYCLES" --config "$CONFIG" "$@" 2>&1) || {
        printf '%s\n' "$out" >&2
        echo "bench_kiosk: bench_kiosk_cycles failed" >&2
        exit 2
    }
    printf '%s\n' "$out" | grep -v '^tiepdan.storage: migrated' || true
    # rss-kb LABEL VmRSS anon A file F shmem S sqlite Q
    read -r first first_sql < <(printf '%s\n' "$out" | awk '$1 == "rss-kb" && $2 == "100" { print $3, $11 }') || true
    read -r last last_sql < <(printf '%s\n' "$out" | awk -v n="$CYCLES" '$1 == "rss-kb" && $2 == n { print $3, $11 }') || true
    if [ -z "${first:-}" ] || [ -z "${last:-}" ] || [ -z "${last_sql:-}" ]; then
        echo "bench_kiosk: no RSS figures at cycle 100 and $CYCLES" >&2
        exit 2
    fi
    grow=$((last - first)) sql=$((last_sql - first_sql))
    echo "growth cycle 100 -> $CYCLES: RSS $grow kB, of which SQLite's heap $sql kB (its page cache, capped" \
        "by cache_size); the rest $((grow - sql)) kB"
    target "no growth from cycle 100 to $CYCLES besides SQLite's capped cache (<= $GROWTH_SLACK_KB kB)" \
        $((grow - sql <= GROWTH_SLACK_KB))
    target "RSS after $CYCLES cycles < 150 MB ($(mb "$last") MB)" $((last < 150 * 1024))
}
cycles "screens on"
cycles "controller only" --no-screens
exit "$failed"
