#!/usr/bin/env bash
# Renders an HTML audit report in headless Chromium and saves a screenshot, to check the
# report the way a person sees it.
#
#   scripts/render-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#
# Needs Debian's `chromium` package (apt-get install -y chromium). The browser runs with a
# throwaway profile and no background networking; the report itself has no external assets
# (its Content-Security-Policy forbids loading any).
set -euo pipefail

html=${1:?usage: $0 REPORT.html [OUT.png] [WIDTHxHEIGHT]}
out=${2:-${html%.html}.png}
size=${3:-1280x2000}

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
[[ -n $browser ]] || { echo "render-report: no chromium on PATH (apt-get install -y chromium)" >&2; exit 2; }
[[ -f $html ]] || { echo "render-report: $html not found" >&2; exit 2; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs_html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
abs_out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" \
  --window-size="${size/x/,}" --screenshot="$abs_out" "file://$abs_html" >/dev/null 2>&1

[[ -s $abs_out ]] || { echo "render-report: no screenshot written" >&2; exit 1; }
echo "$abs_out"
