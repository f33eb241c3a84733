#!/usr/bin/env bash
# Renders a BiBench-J report.html to a PNG with headless Chromium, to check that the page (tables
# and inline SVG charts) renders with no network.
#
#   scripts/screenshot-report.sh <report.html> <out.png> [width,height]   (default 1400,3000)
#
# Needs Debian's `chromium`; installs it with apt-get when missing and running as root.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <report.html> <out.png> [width,height]" >&2
  exit 2
fi
html="$1"
png="$2"
size="${3:-1400,3000}"
if [ ! -f "$html" ]; then
  echo "error: $html does not exist. Fix: make it with: bibench report <run-dir>" >&2
  exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium (apt-get) ..." >&2
    apt-get install -y -q chromium >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }
    browser=chromium
  else
    echo "error: no chromium found. Fix: install Debian's chromium package (sudo apt-get install chromium)" >&2
    exit 2
  fi
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$png")"
png_abs="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
html_abs="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$png_abs" --window-size="$size" "file://$html_abs" >/dev/null 2>&1 || true

if [ ! -s "$png_abs" ]; then
  echo "error: chromium wrote no screenshot to $png_abs" >&2
  exit 1
fi
echo "wrote $png_abs"
