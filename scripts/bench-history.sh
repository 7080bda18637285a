#!/usr/bin/env bash
# Git history, staged-change and large-archive benchmarks for tokenscope.
#
#  1. Generates (once, cached in ./bench-corpus) a git repository of COMMITS commits touching
#     BLOBS/COMMITS files each (default 5,000 commits, 50,000+ blobs), with `git fast-import`,
#     and a few fake tokens added and later removed.
#  2. `tokenscope scan --history` on it (release build): wall time, blobs/s, peak RSS.
#     The same for `gitleaks git` when gitleaks is on PATH
#     (bash ../shared/tools/install-peers.sh; PATH=$HOME/.local/peers/bin:$PATH), and the ratio.
#  3. `tokenscope scan --staged` latency with a few staged files (median of 15 runs).
#  4. Peak RSS of scanning a ~1 GB .tar.gz (streamed from disk, entries in memory one at a time).
#
# Usage: scripts/bench-history.sh [COMMITS] [BLOBS] [ARCHIVE_MB]   (defaults 5000 55000 1024)
set -euo pipefail
cd "$(dirname "$0")/.."
COMMITS=${1:-5000}
BLOBS=${2:-55000}
ARCHIVE_MB=${3:-1024}
export PATH="$HOME/.local/peers/bin:$PATH"
DIR=bench-corpus/history-$COMMITS-$BLOBS
REPO=$DIR/repo
TS=${CARGO_TARGET_DIR:-target}/release/tokenscope

cargo build --release --locked -q

if [ ! -f "$DIR/.done" ]; then
  rm -rf "$DIR"; mkdir -p "$REPO"
  git -C "$REPO" init -q -b main
  python3 - "$COMMITS" "$BLOBS" <<'PY' | git -C "$REPO" fast-import --quiet
import random, sys, zlib
commits, blobs = int(sys.argv[1]), int(sys.argv[2])
per_commit = max(1, -(-blobs // commits))
rng = random.Random(42)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
def b62(n, w):
    s = ""
    for _ in range(w):
        s = B62[n % 62] + s; n //= 62
    return s
def fake_token():
    body = "".join(rng.choice(B62) for _ in range(30))
    return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)
words = ("fn let mut self return match impl struct use pub const static if else for while "
         "config value client request response error handler token_count buffer index").split()
paths = [f"src/mod{d:03}/file{f:02}.rs" for d in range(200) for f in range(20)]
out = sys.stdout.buffer
def data(b):
    out.write(b"data %d\n" % len(b)); out.write(b); out.write(b"\n")
planted = {}
for c in range(commits):
    lines = [b"commit refs/heads/main\n",
             b"committer Bench <bench@example.com> %d +0000\n" % (1_600_000_000 + c * 60)]
    out.write(b"".join(lines)); data(b"commit %d" % c)
    for k in range(per_commit):
        p = rng.choice(paths)
        n = rng.randint(20, 80)
        body = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(4, 12)))
                         + f" // {c}.{k}.{i}" for i in range(n)) + "\n"
        if c % 500 == 250 and k == 0:
            tok = fake_token(); planted[p] = tok
            body += f'const KEY: &str = "{tok}";\n'
        out.write(b"M 100644 inline %s\n" % p.encode()); data(body.encode())
out.write(b"done\n")
PY
  git -C "$REPO" repack -a -d -q
  git -C "$REPO" reset -q --hard main
  touch "$DIR/.done"
fi

NBLOBS=$(git -C "$REPO" cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c blob)
NCOMMITS=$(git -C "$REPO" rev-list --all --count)
PACK=$(du -sh "$REPO/.git/objects/pack" | cut -f1)
echo "repo: $NCOMMITS commits, $NBLOBS blobs, pack $PACK"

# run NAME CMD...: prints wall seconds, blobs/s and peak RSS; sets LAST_SECS.
run() {
  local name=$1; shift
  /usr/bin/time -v -o /tmp/bench-h.time "$@" >/tmp/bench-h.out 2>/tmp/bench-h.err || true
  LAST_SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' /tmp/bench-h.time)
  local rss; rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' /tmp/bench-h.time)
  printf '%-22s %7.2f s  %9.0f blobs/s  peak RSS %7.1f MiB\n' "$name" "$LAST_SECS" \
    "$(echo "$NBLOBS / $LAST_SECS" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

cat "$REPO"/.git/objects/pack/* >/dev/null
run "tokenscope --history" "$TS" scan --history -q --format json -o /tmp/bench-h-ts.json "$REPO"
TS_SECS=$LAST_SECS
python3 - <<'PY'
import json
d = json.load(open("/tmp/bench-h-ts.json"))
print(f"  findings: {len(d['findings'])}, blobs scanned: {d['stats']['files_scanned']}, "
      f"warnings: {len(d['warnings'])}")
PY
if command -v gitleaks >/dev/null; then
  run "gitleaks git" gitleaks git --no-banner --redact --report-format json --report-path /tmp/bench-h-gl.json "$REPO"
  GL_SECS=$LAST_SECS
  python3 -c 'import json; print("  findings:", len(json.load(open("/tmp/bench-h-gl.json"))))'
  printf 'history speed-up vs gitleaks: %.1fx\n' "$(echo "$GL_SECS / $TS_SECS" | bc -l)"
else
  echo "gitleaks not on PATH: skipped (bash ../shared/tools/install-peers.sh)"
fi

# --staged: three staged files in the big work tree.
for f in src/mod001/file01.rs src/mod100/file10.rs src/mod199/file19.rs; do
  printf '// staged edit\nlet x = 1;\n' >>"$REPO/$f"
done
git -C "$REPO" add src/mod001/file01.rs src/mod100/file10.rs src/mod199/file19.rs
EXTRA=""
if "$TS" scan --help | grep -q -- --no-leastpriv; then EXTRA="--no-leastpriv"; fi
python3 - "$TS" "$REPO" "$EXTRA" <<'PY'
import json, statistics, subprocess, sys, tempfile, time
ts, repo, extra = sys.argv[1], sys.argv[2], sys.argv[3]
def measure(flags):
    times, inner = [], []
    for _ in range(15):
        t = time.perf_counter()
        out = subprocess.run([ts, "scan", "--staged", "-q", "--format", "json", *flags, repo],
                             stdout=subprocess.PIPE).stdout
        times.append((time.perf_counter() - t) * 1000)
        inner.append(json.loads(out)["stats"]["elapsed"] * 1000)
    return statistics.median(times), min(times), statistics.median(inner)
empty = tempfile.mkdtemp()
starts = []
for _ in range(5):
    t = time.perf_counter()
    subprocess.run([ts, "scan", "-q", *([extra] if extra else []), empty], stdout=subprocess.DEVNULL)
    starts.append((time.perf_counter() - t) * 1000)
print(f"process start-up on an empty directory (rules, matcher): median {statistics.median(starts):.1f} ms")
for flags in ([], [extra] if extra else None):
    if flags is None:
        continue
    med, lo, inner = measure(flags)
    label = " ".join(["--staged", *flags])
    print(f"{label} (3 files): whole process median {med:.1f} ms (min {lo:.1f}); "
          f"the staged scan itself (open repo, index vs HEAD tree, scan added lines) "
          f"median {inner:.1f} ms")
PY
git -C "$REPO" reset -q --hard main

# A ~1 GB archive: text files in a tar.gz, scanned with the default --max-file-size, so the
# archive is streamed from disk and each entry is held in memory alone.
ARCH=bench-corpus/archive-$ARCHIVE_MB
if [ ! -f "$ARCH/.done" ]; then
  rm -rf "$ARCH"; mkdir -p "$ARCH"
  python3 - "$ARCH/big.tar.gz" "$ARCHIVE_MB" <<'PY'
import gzip, io, random, sys, tarfile
path, mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
words = [("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10))))
         for _ in range(5000)]
with gzip.open(path, "wb", compresslevel=1) as gz, tarfile.open(fileobj=gz, mode="w|") as tar:
    written, i = 0, 0
    while written < mb << 20:
        body = "\n".join(" ".join(rng.choices(words, k=12)) for _ in range(16000)).encode()
        info = tarfile.TarInfo(f"data/part{i:05}.txt"); info.size = len(body)
        tar.addfile(info, io.BytesIO(body)); written += len(body); i += 1
PY
  touch "$ARCH/.done"
fi
ASIZE=$(du -b "$ARCH/big.tar.gz" | cut -f1)
/usr/bin/time -v -o /tmp/bench-h.time "$TS" scan -q --format json -o /tmp/bench-h-arch.json "$ARCH" || true
python3 - "$ASIZE" <<'PY'
import json, re, sys
t = open("/tmp/bench-h.time").read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
d = json.load(open("/tmp/bench-h-arch.json"))
print(f"archive: {int(sys.argv[1])/2**20:.0f} MiB .tar.gz, {d['stats']['bytes_scanned']/2**20:.0f} MiB "
      f"decompressed and scanned in {wall}, peak RSS {rss/1024:.1f} MiB, "
      f"{len(d['warnings'])} warnings")
PY
