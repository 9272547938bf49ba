#!/usr/bin/env bash
# The code's lint, as CI runs it (CTest lint_qml and lint_format,
# tests/lint/CMakeLists.txt):
#
#   scripts/lint.sh qml BUILD_DIR   qmllint on every QML file of the module
#                                   TiepDan.Screens, against the modules as
#                                   built in BUILD_DIR/qml (TiepDan.Backend's
#                                   type information); any warning fails
#   scripts/lint.sh format          clang-format --dry-run -Werror on every
#                                   .cpp and .h git tracks
#   scripts/lint.sh BUILD_DIR       both
#
# What qmllint checks and what it leaves out is .qmllint.ini (beside this
# folder), where each kind turned off says why. Exit status: 0 clean, 1 a
# finding, 77 a tool or the build it needs is missing (CTest: skipped).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QMLLINT="${QMLLINT:-/usr/lib/qt6/bin/qmllint}"
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"

lint_qml() {
  local build
  build="$(cd "$1" 2>/dev/null && pwd)" || build="$1" # absolute: qmllint runs from qml/
  local qmldir="$build/qml/TiepDan/Screens/qmldir"
  if [ ! -x "$QMLLINT" ]; then
    echo "lint qml: skipped: $QMLLINT not found (qt6-declarative-dev-tools)"
    return 77
  fi
  if [ ! -f "$qmldir" ] || [ ! -d "$build/qml/TiepDan/Backend" ]; then
    echo "lint qml: skipped: no built modules in $build/qml (build reception-kiosk first)"
    return 77
  fi
  # The module's files, as its qmldir lists them; a screen in qml/ that the
  # module does not build is a finding too (it would never be linted).
  local files=() status=0
  mapfile -t files < <(awk '$NF ~ /\.qml$/ { print $NF }' "$qmldir" | sort -u)
  for f in "$root"/qml/*.qml; do
    if ! printf '%s\n' "${files[@]}" | grep -qx "$(basename "$f")"; then
      echo "lint qml: $f is not in the module TiepDan.Screens (app/kiosk/CMakeLists.txt)"
      status=1
    fi
  done
  local out
  out="$(cd "$root/qml" && "$QMLLINT" -I "$build/qml" "${files[@]}" 2>&1)"
  local rc=$?
  [ -n "$out" ] && echo "$out"
  if [ $rc -ne 0 ] || grep -q '^Warning' <<<"$out"; then
    echo "lint qml: qmllint found warnings in ${#files[@]} files"
    return 1
  fi
  [ $status -eq 0 ] && echo "lint qml: ${#files[@]} files clean"
  return $status
}

lint_format() {
  if ! command -v git >/dev/null 2>&1 || ! git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "lint format: skipped: not a git checkout (or git is not installed), so no list of tracked files"
    return 77
  fi
  if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "lint format: skipped: $CLANG_FORMAT not found (apt-get install clang-format)"
    return 77
  fi
  local files=()
  mapfile -t files < <(git -C "$root" ls-files -- '*.cpp' '*.h')
  local existing=()
  for f in "${files[@]}"; do
    [ -f "$root/$f" ] && existing+=("$f")
  done
  if (cd "$root" && "$CLANG_FORMAT" --dry-run -Werror "${existing[@]}"); then
    echo "lint format: ${#existing[@]} files formatted"
    return 0
  fi
  echo "lint format: run clang-format -i on the files above"
  return 1
}

case "${1:-}" in
  qml)
    [ $# -eq 2 ] || { echo "usage: $0 qml BUILD_DIR" >&2; exit 2; }
    lint_qml "$2"; exit $? ;;
  format)
    lint_format; exit $? ;;
  "" | -h | --help)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  *)
    lint_qml "$1"; q=$?
    lint_format; f=$?
    for s in $q $f; do [ $s -eq 1 ] && exit 1; done
    [ $q -eq 77 ] || [ $f -eq 77 ] && exit 77
    exit 0 ;;
esac
