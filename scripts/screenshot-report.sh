#!/usr/bin/env bash
# Renders a BiBench-J report.html to one PNG of the whole page with headless Chromium, to check that
# the page (tables and inline SVG charts) renders with no network and that nothing needed is off
# screen at a given width.
#
#   scripts/screenshot-report.sh <report.html> <out.png> [width[,height]]   (default width 1400)
#
# The height is the page's own: a first pass loads a temporary copy of the page with one line of
# script that writes document.documentElement.scrollHeight into the title, read back with
# --dump-dom; the second pass takes the screenshot of the unmodified page at that height. An
# explicit height overrides it. The report itself stays script-free.
#
# Needs Debian's `chromium`; installs it with apt-get when missing and running as root.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <report.html> <out.png> [width[,height]]" >&2
  exit 2
fi
html="$1"
png="$2"
size="${3:-1400}"
width="${size%%,*}"
height=""
if [ "$size" != "$width" ]; then height="${size#*,}"; fi
if ! [[ "$width" =~ ^[0-9]+$ ]] || { [ -n "$height" ] && ! [[ "$height" =~ ^[0-9]+$ ]]; }; then
  echo "error: size '$size' is not <width> or <width>,<height> in pixels. Fix: pass e.g. 1400 or 1400,3000" >&2
  exit 2
fi
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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$png")"
png_abs="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
html_abs="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"

# flags known to work on these machines (no network: background services would retry and stall)
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars)

if [ -z "$height" ]; then
  probe="$work/probe.html"
  sed 's|</body>|<script>document.title = "page-height:" + Math.ceil(document.documentElement.scrollHeight);</script></body>|' \
    "$html_abs" > "$probe"
  dom="$("$browser" "${flags[@]}" --user-data-dir="$work/profile1" --window-size="$width,1000" \
    --dump-dom "file://$probe" 2>/dev/null || true)"
  height="$(printf '%s' "$dom" | grep -o 'page-height:[0-9]*' | head -n 1 | cut -d: -f2)"
  if [ -z "$height" ]; then
    echo "error: could not measure the page's height with $browser" >&2
    exit 1
  fi
fi

"$browser" "${flags[@]}" --user-data-dir="$work/profile2" --screenshot="$png_abs" --window-size="$width,$height" \
  "file://$html_abs" >/dev/null 2>&1 || true

if [ ! -s "$png_abs" ]; then
  echo "error: chromium wrote no screenshot to $png_abs" >&2
  exit 1
fi
echo "wrote $png_abs (${width}x${height})"
