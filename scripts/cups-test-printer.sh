#!/usr/bin/env bash
# Makes sure a CUPS PDF printer named TiepDanPDF exists for the printing
# tests (tests/ui/tst_ticketprint.cpp), and prints, on its last line, the
# directory where cups-pdf writes the PDFs of jobs submitted by the user who
# runs this script.
#
# Runs as root (CI is root; lpadmin needs it). Safe to run again: it starts
# cupsd only when the scheduler is not running (there is no systemd in the
# sandbox), and creates the queue only when it is missing or points at
# another device. Packages: cups cups-client cups-bsd printer-driver-cups-pdf
# (scripts/setup.sh installs them).
set -euo pipefail

QUEUE=TiepDanPDF
DEVICE=cups-pdf:/
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

die() { echo "cups-test-printer: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (lpadmin and starting cupsd need it); running as $(id -un)"
export PATH="$PATH:/usr/sbin:/sbin"
for tool in cupsd lpstat lpadmin lpinfo cupsenable cupsaccept; do
  command -v "$tool" >/dev/null 2>&1 ||
    die "$tool not found: install cups, cups-client and cups-bsd (scripts/setup.sh)"
done
[ -e /usr/lib/cups/backend/cups-pdf ] ||
  die "the cups-pdf backend is missing: install printer-driver-cups-pdf (scripts/setup.sh)"

# 1. The scheduler.
if ! lpstat -r 2>/dev/null | grep -q 'scheduler is running'; then
  echo "cups-test-printer: starting cupsd"
  cupsd || die "cupsd did not start; see /var/log/cups/error_log"
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q 'scheduler is running' && break
    sleep 0.2
  done
  lpstat -r 2>/dev/null | grep -q 'scheduler is running' ||
    die "cupsd was started but the scheduler does not answer; see /var/log/cups/error_log"
fi

# 2. The queue, on the cups-pdf backend.
current_device=$(lpstat -v "$QUEUE" 2>/dev/null | sed -n "s/^device for $QUEUE: //p" || true)
if [ "$current_device" != "$DEVICE" ]; then
  echo "cups-test-printer: creating queue $QUEUE on $DEVICE"
  # The driver as CUPS names it (lsb/usr/cups-pdf/CUPS-PDF_opt.ppd on
  # Debian 12); the PPD file directly when lpinfo does not list it.
  driver=$(lpinfo -m 2>/dev/null | awk '$1 ~ /cups-pdf\/CUPS-PDF_opt\.ppd$/ { print $1; exit }' || true)
  if [ -n "$driver" ]; then
    lpadmin -p "$QUEUE" -E -v "$DEVICE" -m "$driver" 2>&1 | grep -v 'deprecated' || true
  elif [ -f "$PPD" ]; then
    lpadmin -p "$QUEUE" -E -v "$DEVICE" -P "$PPD" 2>&1 | grep -v 'deprecated' || true
  else
    die "no CUPS-PDF driver: neither lpinfo -m nor $PPD has it"
  fi
fi
# A queue stopped by an earlier failed job, or rejecting jobs, would make the
# test wait for nothing.
cupsenable "$QUEUE" || die "cannot enable $QUEUE"
cupsaccept "$QUEUE" || die "cannot make $QUEUE accept jobs"
lpstat -v "$QUEUE" 2>/dev/null | grep -q "$DEVICE" || die "queue $QUEUE was not created"

# 3. Where the PDFs go: the Out directive of the queue's own configuration
# (cups-pdf reads /etc/cups/cups-pdf-<queue>.conf when it exists), else of
# /etc/cups/cups-pdf.conf; ${HOME} is the job owner's home (this user's, as
# the test submits its job as the same user). Built-in default: /var/spool/cups-pdf/${USER}.
conf=/etc/cups/cups-pdf-$QUEUE.conf
[ -f "$conf" ] || conf=/etc/cups/cups-pdf.conf
out=""
if [ -f "$conf" ]; then
  out=$(awk '$1 == "Out" { $1 = ""; sub(/^[ \t]+/, ""); print; exit }' "$conf")
fi
user=$(id -un)
home=$(getent passwd "$user" | cut -d: -f6)
# shellcheck disable=SC2016 # the literal ${USER} and ${HOME} of cups-pdf.conf
[ -n "$out" ] || out='/var/spool/cups-pdf/${USER}'
# shellcheck disable=SC2016
out=${out//'${HOME}'/$home}
# shellcheck disable=SC2016
out=${out//'${USER}'/$user}
# cups-pdf creates it on the first job; creating it now lets the test list it.
if [ ! -d "$out" ]; then
  mkdir -p "$(dirname "$out")"
  mkdir -m 700 "$out"
fi
echo "cups-test-printer: queue $QUEUE ready (device $DEVICE, config $conf)"
echo "$out"
