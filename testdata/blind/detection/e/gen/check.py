#!/usr/bin/env python3
"""Consistency checks for corpus e. Exit code 1 on any problem. Prints counts."""
import base64, collections, hashlib, json, os, re, sys, tomllib, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
problems = []


def bad(msg):
    problems.append(msg)


def crc_ok(tok):
    body, chk = tok[4:34], tok[34:]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(6, "0") == chk


labels = tomllib.load(open(os.path.join(ROOT, "labels.toml"), "rb"))
groups = json.load(open(os.path.join(HERE, "groups.json")))
G, PLAIN = groups["groups"], set(groups["plain"])
secrets, negs = labels.get("secret", []), labels.get("negative", [])

# ---- files on disk
disk = {}
for dp, dn, fn in os.walk(os.path.join(ROOT, "files")):
    for n in fn:
        p = os.path.join(dp, n)
        disk["files/" + os.path.relpath(p, os.path.join(ROOT, "files")).replace(os.sep, "/")] = p
lines_cache = {}


def lines(f):
    if f not in lines_cache:
        with open(disk[f], "r", encoding="utf-8", newline="") as fh:
            lines_cache[f] = [ln.rstrip("\r") for ln in fh.read().split("\n")]
    return lines_cache[f]


seen_lines = {}
for kind, lst in (("secret", secrets), ("negative", negs)):
    for lab in lst:
        f, ln, v = lab.get("file"), lab.get("line"), lab.get("value")
        req = ("file", "line", "service", "kind", "value") if kind == "secret" else ("file", "line", "service", "why", "category", "value")
        for k in req:
            if k not in lab:
                bad(f"{kind} missing {k}: {lab}")
        if f not in disk:
            bad(f"{kind}: file not found {f}")
            continue
        L = lines(f)
        if not (1 <= ln <= len(L)):
            bad(f"{kind}: line out of range {f}:{ln}")
            continue
        if v not in L[ln - 1]:
            bad(f"{kind}: value not on line {f}:{ln}: {v!r}")
        if kind == "secret" and not v:
            bad(f"empty positive {f}:{ln}")
        key = f"{f}:{ln}"
        if key in seen_lines:
            bad(f"two labels on one line {key}")
        seen_lines[key] = kind
        g = G.get(key)
        if kind == "secret" and g not in ("config", "providers"):
            bad(f"groups.json mismatch for {key}: {g}")
        if kind == "negative" and g != "negative:" + lab.get("category", "?"):
            bad(f"groups.json mismatch for {key}: {g}")
if set(G) != set(seen_lines):
    bad(f"groups.json keys differ from labels ({len(set(G) ^ set(seen_lines))} keys)")

labelled_files = {k.rsplit(":", 1)[0] for k in seen_lines}
for f in disk:
    if f not in labelled_files and f not in PLAIN:
        bad(f"unlabelled file not marked plain: {f}")
for f in PLAIN:
    if f in labelled_files:
        bad(f"plain file has labels: {f}")
    if f not in disk:
        bad(f"plain file missing: {f}")
hashes = collections.defaultdict(list)
for f, p in disk.items():
    hashes[hashlib.sha256(open(p, "rb").read()).hexdigest()].append(f)
for h, fs in hashes.items():
    if len(fs) > 1:
        bad(f"byte-identical files: {fs}")

# ---- token formats
GHRE = re.compile(r"^(ghp|gho|ghu|ghs|ghr|npm)_[0-9A-Za-z]{36}$")
for s in secrets:
    v = s["value"]
    if v[:4] in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if not GHRE.match(v) or not crc_ok(v):
            bad(f"positive with bad GitHub/npm checksum {s['file']}:{s['line']} {v}")
    fmt = [(r"^A(KIA|SIA)[A-Z2-7]{16}$", "AKIA"), (r"^sk-ant-api03-[A-Za-z0-9_-]{93}AA$", "sk-ant-"),
           (r"^glpat-[A-Za-z0-9_-]{20}$", "glpat-"), (r"^hf_[A-Za-z]{34}$", "hf_"),
           (r"^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$", "SG."), (r"^dop_v1_[0-9a-f]{64}$", "dop_v1_"),
           (r"^dckr_pat_[A-Za-z0-9_-]{27}$", "dckr_pat_"), (r"^AIza[A-Za-z0-9_-]{35}$", "AIza"),
           (r"^github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}$", "github_pat_"),
           (r"^xox[bp]-[0-9]+-[0-9]+-([0-9]+-)?[0-9A-Za-z]+$", "xox"), (r"^shp(at|ss)_[0-9a-f]{32}$", "shp"),
           (r"^(sk|rk)_live_[0-9A-Za-z]{99}$", "_live_"), (r"^(AC|SK)[0-9a-f]{32}$", None)]
    for rx, pre in fmt:
        if pre and v.startswith(pre) and not re.match(rx, v):
            bad(f"positive with unexpected shape {s['file']}:{s['line']} {v[:40]}")
for n in negs:
    w = n["why"].lower()
    if "checksum" in w or "crc" in w:
        v = n["value"]
        if not GHRE.match(v):
            bad(f"checksum negative lacks full length/alphabet {n['file']}:{n['line']} {v}")
        elif crc_ok(v):
            bad(f"checksum negative has a VALID checksum {n['file']}:{n['line']} {v}")
# HS256 JWT positives must be well-formed
for s in secrets:
    v = s["value"]
    if s["service"] == "jwt" or (v.startswith("eyJ") and v.count(".") == 2):
        try:
            h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
            assert h["alg"] != "none"
        except Exception as e:
            bad(f"malformed JWT positive {s['file']}:{s['line']}: {e}")

# ---- counts
cnt = collections.Counter(G.values())
print(f"files: {len(disk)} (plain, no labels: {len(PLAIN)})")
print(f"positives: {len(secrets)}  config: {cnt['config']}  providers: {cnt['providers']}  pair=true: {sum(1 for s in secrets if s.get('pair'))}")
print(f"negatives: {len(negs)}")
for c, k in sorted(collections.Counter(n['category'] for n in negs).items(), key=lambda x: -x[1]):
    print(f"  negative:{c:18s} {k}")
svc = collections.Counter(s["service"] for s in secrets)
print(f"distinct services on positives: {len(svc)}; including negatives: {len(set(svc) | {n['service'] for n in negs})}")
print("positives by service:", ", ".join(f"{k} {v}" for k, v in svc.most_common()))
top = collections.Counter(f.split("/")[1] for f in disk)
print("files per top-level folder:", ", ".join(f"{k} {v}" for k, v in sorted(top.items())))
gp = collections.Counter(G[k] for k in G if G[k] == "providers")
if problems:
    print(f"\nFAILED: {len(problems)} problem(s)")
    for p in problems[:60]:
        print("  -", p)
    sys.exit(1)
print("\nOK: all checks passed")
