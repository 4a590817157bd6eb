#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (test/browser/) when it is missing. Idempotent
# and quiet: prints one line when it installs, nothing when Chromium is already there.
set -euo pipefail
chromium="${SANAD_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-chromium: apt-get needs root; run this script as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-chromium: apt-get could not install chromium" >&2
  exit 1
fi
[ -x "$chromium" ] || { echo "install-chromium: chromium installed, but $chromium is still missing" >&2; exit 1; }
echo "install-chromium: installed $("$chromium" --version 2>/dev/null)"
