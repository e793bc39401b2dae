#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing.
# Playwright's own browser download does not work on our machines; the tests drive
# the system Chromium at ${CHROMIUM:-/usr/bin/chromium} instead.
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket 'chromium')…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
test -x "$CHROMIUM"
