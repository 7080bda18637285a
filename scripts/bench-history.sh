#!/usr/bin/env bash
# History benchmark on real content: tokenscope --history (diff and full modes), Kingfisher
# and gitleaks on one generated repository, in one run.
#
# The repository (built once, cached in ./bench-corpus) holds the crates of the local cargo
# registry (~/.cargo/registry/src) as a history of small edits: every crate lives at its own
# path, crates/NAME/. When several versions of a crate are in the registry (fetch more with
# a throwaway project depending on `NAME = "=x.y.z"` for each version in turn, then
# `cargo fetch`), each version is one commit replacing that path. A crate with one version
# is written the way a developer writes it: STEPS commits, each growing every file by its
# next slice of lines. On top: a feature branch per 50 crates merged back, renames, and a
# few planted fake tokens (one inside a long line, one by a merge, one by a rename).
#
# Prints for each tool: wall, CPU (user+sys), peak RSS (/usr/bin/time -v), blobs and bytes
# scanned (tokenscope's own counts; `-` for peers, which do not say), unique tokens.
#
# Usage: scripts/bench-history.sh [STEPS] [MAX_CRATES]   (defaults 8 400)
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS=${1:-8}
MAX_CRATES=${2:-400}
export PATH="$HOME/.local/peers/bin:$PATH"
DIR=bench-corpus/registry-history-$STEPS-$MAX_CRATES
REPO=$DIR/repo
TS=${CARGO_TARGET_DIR:-target}/release/tokenscope
SRC=$(ls -d "$HOME"/.cargo/registry/src/*/ | head -1)

cargo build --release --locked -q

if [ ! -f "$DIR/.done" ]; then
  rm -rf "$DIR"; mkdir -p "$REPO"
  git -C "$REPO" init -q -b main
  python3 - "$SRC" "$STEPS" "$MAX_CRATES" <<'PY' | git -C "$REPO" fast-import --quiet
import os, re, sys, zlib
src, steps, max_crates = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout.buffer
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
seed = [12345]
def rnd(n):
    s = ""
    for _ in range(n):
        seed[0] = (seed[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        s += B62[(seed[0] >> 33) % 62]
    return s
def b62(n, w):
    s = ""
    for _ in range(w):
        s = B62[n % 62] + s; n //= 62
    return s
def fake_token():
    body = rnd(30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)
def key(name):
    m = re.match(r"^(.*?)-(\d+)\.(\d+)\.(\d+)(.*)$", name)
    return (m.group(1), tuple(int(x) for x in m.groups()[1:4]), m.group(5)) if m else (name, (0, 0, 0), "")
crates = {}
for d in sorted(os.listdir(src)):
    n, v, rest = key(d)
    crates.setdefault(n, []).append((v, rest, d))
names = sorted(crates)[:max_crates]
def files(d):
    root = os.path.join(src, d)
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            if f.endswith((".rs", ".toml", ".md", ".txt", ".json", ".yml", ".c", ".h")):
                p = os.path.join(dp, f)
                if os.path.getsize(p) <= 1 << 20:
                    yield os.path.relpath(p, root), open(p, "rb").read()
t = [1_600_000_000]
mark = [0]
def commit(ref, msg, changes, parents=()):
    t[0] += 60
    mark[0] += 1
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), mark[0]))
    out.write(b"committer Bench <bench@example.com> %d +0000\n" % t[0])
    m = msg.encode(); out.write(b"data %d\n%s\n" % (len(m), m))
    for p in parents:
        out.write(b"merge :%d\n" % p)
    for c in changes:
        if c[0] == "D":
            out.write(b"D %s\n" % c[1].encode())
        elif c[0] == "R":
            out.write(b"R %s %s\n" % (c[1].encode(), c[2].encode()))
        else:
            out.write(b"M 100644 inline %s\n" % c[1].encode())
            out.write(b"data %d\n" % len(c[2])); out.write(c[2]); out.write(b"\n")
    return mark[0]
planted = []
main = None
for i, n in enumerate(names):
    versions = sorted(crates[n])
    base = f"crates/{n}/"
    branch = i % 50 == 25
    ref = "refs/heads/feature" if branch else "refs/heads/main"
    if branch:
        # The feature branch starts from main's tip.
        out.write(b"reset refs/heads/feature\nfrom :%d\n\n" % main)
    if len(versions) > 1:
        prev = {}
        for v, rest, d in versions:
            cur = dict(files(d))
            ch = [("M", base + p, b) for p, b in cur.items() if prev.get(p) != b]
            ch += [("D", base + p) for p in prev if p not in cur]
            last = commit(ref, f"{n} {d}", ch)
            prev = cur
    else:
        fs = list(files(versions[0][2]))
        for s in range(1, steps + 1):
            ch = []
            for p, b in fs:
                lines = b.split(b"\n")
                k = len(lines) * s // steps
                part = b"\n".join(lines[:k])
                if k and (len(lines) * (s - 1) // steps) != k:
                    ch.append(("M", base + p, part))
            if s == steps and i % 97 == 3:
                tok = fake_token(); planted.append(tok)
                ch.append(("M", base + "src/config.rs",
                           b'pub const KEY: &str = "' + tok.encode() + b'";\n'))
            if ch:
                last = commit(ref, f"{n} step {s}", ch)
    if i % 61 == 7 and len(fs if len(versions) == 1 else []) > 1:
        p, _ = fs[0]
        last = commit(ref, f"rename in {n}", [("R", base + p, base + "renamed-" + os.path.basename(p))])
    if branch:
        tok = fake_token(); planted.append(tok)
        main = commit("refs/heads/main", f"merge feature {n}",
                      [("M", base + "MERGED.md", b"merged with " + tok.encode() + b"\n")], (last,))
    else:
        main = last
# A token inside a long line, and one added by a rename with an edit.
long = b";".join(b"f%d(x)" % k for k in range(50_000))
commit("refs/heads/main", "minified", [("M", "web/app.min.js", long)])
tok = fake_token(); planted.append(tok)
mid = len(long) // 2
commit("refs/heads/main", "token in a long line",
       [("M", "web/app.min.js", long[:mid] + b';var t="' + tok.encode() + b'";' + long[mid:])])
out.write(b"done\n")
print(f"planted {len(planted)} tokens", file=sys.stderr)
PY
  git -C "$REPO" repack -a -d -q
  git -C "$REPO" reset -q --hard main
  touch "$DIR/.done"
fi

NBLOBS=$(git -C "$REPO" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END {printf "%d blobs, %.0f MiB of blob versions", n, s/1048576}')
NCOMMITS=$(git -C "$REPO" rev-list --all --count)
PACK=$(du -sh "$REPO/.git/objects/pack" | cut -f1)
echo "repo: $NCOMMITS commits, $NBLOBS, pack $PACK"
cat "$REPO"/.git/objects/pack/* >/dev/null

printf '%-26s %8s %8s %10s %9s %12s %7s\n' tool wall_s cpu_s peak_MiB blobs bytes_MiB tokens
# run NAME OUTFILE CMD...
run() {
  local name=$1 outf=$2; shift 2
  /usr/bin/time -v -o /tmp/bench-h.time "$@" >/tmp/bench-h.out 2>/tmp/bench-h.err || true
  python3 - "$name" "$outf" /tmp/bench-h.time <<'PY'
import json, re, sys
name, outf, tf = sys.argv[1:4]
t = open(tf).read()
def f(pat):
    return re.search(pat, t).group(1)
w = f(r"Elapsed \(wall clock\) time .*?: (\S+)").split(":")
wall = 0.0
for x in w:
    wall = wall * 60 + float(x)
cpu = float(f(r"User time \(seconds\): (\S+)")) + float(f(r"System time \(seconds\): (\S+)"))
rss = int(f(r"Maximum resident set size \(kbytes\): (\d+)")) / 1024
blobs = bytes_ = "-"
toks = set()
try:
    d = json.load(open(outf))
    if isinstance(d, dict) and "findings" in d:  # tokenscope
        blobs = d["stats"]["files_scanned"]; bytes_ = f'{d["stats"]["bytes_scanned"] / 1048576:.0f}'
        toks = {x["fingerprint"] for x in d["findings"]}
    elif isinstance(d, list):  # gitleaks
        toks = {(x.get("RuleID"), x.get("Secret") or x.get("Match")) for x in d}
    elif isinstance(d, dict):  # kingfisher
        for x in d.get("findings", d.get("matches", [])):
            toks.add(json.dumps(x.get("finding", x).get("snippet", x), sort_keys=True)[:200])
except Exception as e:
    toks = {"?"}
print(f"{name:<26} {wall:8.2f} {cpu:8.2f} {rss:10.1f} {blobs!s:>9} {bytes_!s:>12} {len(toks):7}")
PY
}
run "tokenscope (diff)" /tmp/bench-h-diff.json "$TS" scan --history --history-mode diff --no-leastpriv -q --format json -o /tmp/bench-h-diff.json "$REPO"
run "tokenscope (full)" /tmp/bench-h-full.json "$TS" scan --history --history-mode full --no-leastpriv -q --format json -o /tmp/bench-h-full.json "$REPO"
python3 - <<'PY'
import json
def intro(p):
    d = json.load(open(p)); out = {}
    for f in d["findings"]:
        out.setdefault((f["fingerprint"], f["location"]["path"]), set()).add(f["location"]["git"]["commit"])
    return out
a, b = intro("/tmp/bench-h-diff.json"), intro("/tmp/bench-h-full.json")
same = a.keys() == b.keys() and all(a[k] <= b[k] for k in a)
print(f"  diff vs full: same unique tokens per path: {a.keys() == b.keys()}; "
      f"diff's commits within full's: {same}")
PY
if command -v kingfisher >/dev/null; then
  run "kingfisher --no-validate" /tmp/bench-h-kf.json kingfisher scan "$REPO" --no-validate --format json --output /tmp/bench-h-kf.json
else
  echo "kingfisher not installed: skipped (bash /work/shared/tools/install-peers.sh)"
fi
if command -v gitleaks >/dev/null; then
  run "gitleaks git" /tmp/bench-h-gl.json gitleaks git --no-banner --redact --report-format json --report-path /tmp/bench-h-gl.json "$REPO"
else
  echo "gitleaks not installed: skipped (bash /work/shared/tools/install-peers.sh)"
fi
rm -f /tmp/bench-h-*.json /tmp/bench-h.out /tmp/bench-h.err /tmp/bench-h.time
