#!/usr/bin/env bash
# Growth under hostile input: one file with N lines each holding a token (10k, 100k, 1M),
# one 1M-token single line, and 100k tiny files. Prints wall time and peak RSS for
# tokenscope (default and --no-leastpriv) and gitleaks when it is on PATH, so that
# anything worse than linear shows. A benchmark, not a test.
#
# Usage: scripts/bench-hostile.sh [MAX_LINES]   (default 1000000; inputs cached in ./bench-corpus/hostile)
set -euo pipefail
cd "$(dirname "$0")/.."
MAX=${1:-1000000}
DIR=bench-corpus/hostile
export PATH="$HOME/.local/peers/bin:$PATH"
mkdir -p "$DIR"
cargo build --release --locked -q
BIN=${CARGO_TARGET_DIR:-target}/release/tokenscope

python3 - "$DIR" "$MAX" <<'PY'
import os, random, sys, zlib
d, mx = sys.argv[1], int(sys.argv[2])
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
def b62(n, w):
    s = []
    for _ in range(w):
        s.append(B62[n % 62]); n //= 62
    return "".join(reversed(s))
rng = random.Random(7)
def ghp():
    body = "".join(rng.choice(B62) for _ in range(30))
    return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)
n = 10000
while n <= mx:
    p = f"{d}/lines-{n}/tokens.env"
    if not os.path.exists(p):
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            for i in range(n):
                f.write(f"GITHUB_TOKEN_{i}={ghp()}\n")
    n *= 10
p = f"{d}/oneline/min.js"
if not os.path.exists(p):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(";".join(f'var t{i}="{ghp()}"' for i in range(min(mx, 200000))))
t = f"{d}/tiny"
if not os.path.exists(f"{t}/.done"):
    for i in range(100000):
        sub = f"{t}/{i // 1000:03d}"
        os.makedirs(sub, exist_ok=True)
        with open(f"{sub}/f{i}.txt", "w") as f:
            f.write(f"value {i}\n")
    open(f"{t}/.done", "w").close()
PY

run() {
  local name=$1 input=$2; shift 2
  /usr/bin/time -f '%e %M' -o /tmp/hostile.time "$@" >/dev/null 2>/tmp/hostile.err || true
  read -r secs rss < <(tail -1 /tmp/hostile.time)
  printf '%-28s %-22s %8.2f s  peak RSS %7.1f MiB\n' "$input" "$name" "$secs" "$(echo "$rss / 1024" | bc -l)"
}

inputs=()
n=10000
while [ "$n" -le "$MAX" ]; do inputs+=("$DIR/lines-$n"); n=$((n * 10)); done
inputs+=("$DIR/oneline" "$DIR/tiny")
for in in "${inputs[@]}"; do
  label=$(basename "$in")
  run tokenscope "$label" "$BIN" scan -q --format json -o /tmp/hostile-ts.json "$in"
  run "tokenscope --no-leastpriv" "$label" "$BIN" scan -q --no-leastpriv --format json -o /tmp/hostile-ts.json "$in"
  if command -v gitleaks >/dev/null; then
    run gitleaks "$label" gitleaks dir --no-banner --redact --report-format json --report-path /tmp/hostile-gl.json "$in"
  fi
done
