#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need, only those
# that are missing (apt-get; root or sudo). Safe to run again.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6.4 (Debian 12)
  qt6-base-dev libqt6sql6-sqlite
  # libraries
  libsodium-dev libqrcodegencpp-dev libsqlite3-dev
  # tests and benchmarks: sqlite3 shell, strings(1)
  sqlite3 binutils
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
