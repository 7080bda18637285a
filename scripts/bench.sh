#!/usr/bin/env bash
# Throughput and peak memory of `tokenscope scan` on REAL source: the crate sources of the
# local cargo registry (or DIR), side by side with Kingfisher and gitleaks when they are on
# PATH (bash ../shared/tools/install-peers.sh; PATH=$HOME/.local/peers/bin:$PATH).
# Median of RUNS (default 3) runs; prints wall and CPU seconds, MB/s, peak RSS, and the
# ratios issue #13 and #11 track: default vs Kingfisher, default vs --no-leastpriv,
# --no-leastpriv vs Kingfisher.
#
# Usage: scripts/bench.sh [DIR]   (default: a copy of ~/.cargo/registry/src in bench-corpus/)
#        RUNS=5 scripts/bench.sh
# A generated corpus (scripts/gen-corpus.py) is kept for stress tests only: it has few Rust
# files and never showed what real trees cost.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
export PATH="$HOME/.local/peers/bin:$PATH"
CORPUS=${1:-bench-corpus/registry}
if [ $# -eq 0 ] && [ ! -f "$CORPUS/.done" ]; then
  REG=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ | head -1)
  rm -rf "$CORPUS"; mkdir -p "$CORPUS"
  # A copy, so that no tool reads .gitignore files of the registry differently.
  cp -r "$REG". "$CORPUS"/
  touch "$CORPUS/.done"
fi
cargo build --release --locked -q
BIN=${CARGO_TARGET_DIR:-target}/release/tokenscope
BYTES=$(du -sb --exclude=.done "$CORPUS" | cut -f1)
FILES=$(find "$CORPUS" -type f ! -name .done | wc -l)
printf 'corpus: %s (%s files, %.1f MB)\n' "$CORPUS" "$FILES" "$(echo "$BYTES / 1000000" | bc -l)"
cat $(find "$CORPUS" -type f | head -200000) >/dev/null 2>&1 || true

# run NAME CMD...: median wall of $RUNS runs; prints wall, CPU, MB/s, peak RSS; sets LAST.
run() {
  local name=$1; shift
  local rows=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S %M' -o /tmp/bench.time "$@" >/tmp/bench.out 2>/tmp/bench.err || true
    rows+=("$(tail -1 /tmp/bench.time)")
  done
  read -r wall user sys rss < <(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  LAST=$wall
  printf '%-24s %6.2f s wall  %6.2f CPU s  %7.1f MB/s  peak RSS %6.1f MiB\n' "$name" "$wall" \
    "$(echo "$user + $sys" | bc -l)" "$(echo "$BYTES / 1000000 / $wall" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)"
}
ratio() { printf '  %-40s %5.2fx\n' "$1" "$(echo "$2 / $3" | bc -l)"; }

run "tokenscope (default)" "$BIN" scan -q --format json -o /tmp/bench-ts.json "$CORPUS"; TS=$LAST
printf '  findings: %s\n' "$(python3 -c 'import json;print(len(json.load(open("/tmp/bench-ts.json"))["findings"]))')"
run "tokenscope --no-leastpriv" "$BIN" scan -q --no-leastpriv --format json -o /tmp/bench-tsn.json "$CORPUS"; TSN=$LAST
KF=""
if command -v kingfisher >/dev/null; then
  run "kingfisher 2.x" kingfisher scan "$CORPUS" --no-validate --format json --output /tmp/bench-kf.json; KF=$LAST
else
  echo "kingfisher not on PATH: skipped"
fi
if command -v gitleaks >/dev/null; then
  run "gitleaks" gitleaks dir --no-banner --redact --report-format json --report-path /tmp/bench-gl.json "$CORPUS"; GL=$LAST
else
  echo "gitleaks not on PATH: skipped"; GL=""
fi
echo "ratios (wall time, higher is better for tokenscope):"
[ -n "$KF" ] && ratio "default vs Kingfisher (goal >= 3)" "$KF" "$TS"
ratio "default time / --no-leastpriv time (goal <= 1.25)" "$TS" "$TSN"
[ -n "$KF" ] && ratio "--no-leastpriv vs Kingfisher (goal >= 5)" "$KF" "$TSN"
[ -n "$GL" ] && ratio "default vs gitleaks" "$GL" "$TS"
exit 0
