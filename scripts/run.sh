#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the
# product on the default kiosk-config/ with an embedded SQLite database in
# ~/.local/share/tiep-dan (TIEPDAN_DB overrides). No server is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh reception-kiosk receptionctl
BUILD_DIR="${BUILD_DIR:-build}"
DB="${TIEPDAN_DB:-$HOME/.local/share/tiep-dan/office.db}"
mkdir -p "$(dirname "$DB")"
CTL=("$BUILD_DIR/app/cli/receptionctl" --config kiosk-config --db "$DB")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
  exec "$BUILD_DIR/app/kiosk/reception-kiosk" --config kiosk-config --db "$DB" "$@"
fi
# No display (a server or a CI shell): show the office's state through the
# operator CLI instead of a window nobody can see.
echo "run: no display; showing the office through receptionctl (set DISPLAY to start the kiosk window)"
"${CTL[@]}" config check
"${CTL[@]}" db migrate
"${CTL[@]}" schedule list --days 7
"${CTL[@]}" queue list
echo
echo "Database: $DB"
echo "Next: ${CTL[*]} ticket issue --service complaint   (see: ${CTL[0]} --help)"
