#!/usr/bin/env bash
# Throughput and peak memory of `tokenscope scan` on a generated corpus, side by side with
# gitleaks (and Kingfisher) when they are on PATH (bash ../shared/tools/install-peers.sh;
# PATH=$HOME/.local/peers/bin:$PATH). Prints MB/s, files/s and peak RSS per tool.
#
# Usage: scripts/bench.sh [CORPUS_MB]   (default 320; corpus cached in ./bench-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-320}
CORPUS=bench-corpus/src-$MB
export PATH="$HOME/.local/peers/bin:$PATH"

if [ ! -f "$CORPUS/.done" ]; then
  rm -rf "$CORPUS"; mkdir -p "$CORPUS"
  python3 scripts/gen-corpus.py "$CORPUS" "$MB"
  touch "$CORPUS/.done"
fi
cargo build --release --locked -q
BIN=${CARGO_TARGET_DIR:-target}/release/tokenscope
BYTES=$(du -sb --exclude=.done "$CORPUS" | cut -f1)
FILES=$(find "$CORPUS" -type f ! -name .done | wc -l)
printf 'corpus: %s files, %.1f MB\n' "$FILES" "$(echo "$BYTES / 1000000" | bc -l)"

# run NAME CMD...: prints wall seconds, MB/s, files/s, peak RSS; sets LAST_SECS.
run() {
  local name=$1; shift
  sync; cat /dev/null
  /usr/bin/time -f '%e %M' -o /tmp/bench.time "$@" >/tmp/bench.out 2>/tmp/bench.err || true
  read -r secs rss < <(tail -1 /tmp/bench.time)
  LAST_SECS=$secs
  printf '%-12s %7.2f s  %8.1f MB/s  %9.0f files/s  peak RSS %6.1f MiB\n' "$name" "$secs" \
    "$(echo "$BYTES / 1000000 / $secs" | bc -l)" "$(echo "$FILES / $secs" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)"
}

# Warm the page cache so every tool reads from memory.
cat $(find "$CORPUS" -type f | head -100000) >/dev/null 2>&1 || true

run tokenscope "$BIN" scan -q --format json -o /tmp/bench-ts.json "$CORPUS"
TS=$LAST_SECS
python3 - <<'PY'
import json
d = json.load(open("/tmp/bench-ts.json"))
print(f"tokenscope findings: {len(d['findings'])}")
PY
if command -v gitleaks >/dev/null; then
  run gitleaks gitleaks dir --no-banner --redact --report-format json --report-path /tmp/bench-gl.json "$CORPUS"
  GL=$LAST_SECS
  printf 'gitleaks findings: %s\n' "$(python3 -c 'import json;print(len(json.load(open("/tmp/bench-gl.json"))))')"
  printf 'speed-up vs gitleaks: %.1fx\n' "$(echo "$GL / $TS" | bc -l)"
else
  echo "gitleaks not on PATH: skipped (bash ../shared/tools/install-peers.sh)"
fi
if command -v kingfisher >/dev/null; then
  run kingfisher kingfisher scan "$CORPUS" --no-validate --format json --output /tmp/bench-kf.json
  printf 'speed-up vs kingfisher: %.1fx\n' "$(echo "$LAST_SECS / $TS" | bc -l)"
fi
