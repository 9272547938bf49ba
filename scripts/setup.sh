#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need, only those
# that are missing (apt-get; root or sudo). Safe to run again.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6.4 (Debian 12)
  qt6-base-dev libqt6sql6-sqlite
  # Qt Quick for the kiosk: controls, layouts, printing, translations, QML
  # tests (the on-screen keyboard is the product's own: qml/OnScreenKeyboard.qml)
  qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-l10n-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  # the QtQml and QtQml.Models modules' type information, which qmllint needs
  qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qt-labs-folderlistmodel qml6-module-qttest fonts-noto-core
  # department server (app/server): Qt HttpServer (needs WebSockets' CMake files),
  # the PostgreSQL driver for QtSql, PostgreSQL for its tests
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql postgresql
  # libraries
  libsodium-dev libqrcodegencpp-dev libsqlite3-dev libcurl4-openssl-dev
  # tests and benchmarks: Python (translations check, .ods reader), sqlite3 shell, strings(1), CUPS with a PDF
  # printer, PDF rasteriser, QR decoder
  python3 sqlite3 binutils cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils libreoffice-calc-nogui zbar-tools espeak-ng alsa-utils
  # lint (scripts/lint.sh): C++ format of the tracked files
  clang-format git
  # real-window tests (tests/gui): an X server, taps and keys, screenshots
  xvfb xdotool imagemagick
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
