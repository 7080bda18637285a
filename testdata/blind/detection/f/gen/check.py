"""python3 gen/check.py -> consistency checks and counts; exit 1 on any problem."""
import os, sys, tomllib, collections, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import crc_ok
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
svc = {l.split("\t")[0] for l in open("/work/shared/reference/services.tsv") if not l.startswith("#")}
PSEUDO = {"private-key", "jwt", "password", "url-credentials"}
d = tomllib.load(open(os.path.join(ROOT, "labels.toml"), "rb"))
bad = []
seen = set()
files_lab = set()
for typ in ("secret", "negative"):
    for L in d.get(typ, []):
        p = os.path.join(ROOT, L["file"])
        files_lab.add(L["file"])
        if not os.path.exists(p):
            bad.append("missing file %s" % L["file"]); continue
        lines = open(p, newline="").read().split("\n")
        if not (1 <= L["line"] <= len(lines)):
            bad.append("line out of range %s:%d" % (L["file"], L["line"])); continue
        if L["value"] not in lines[L["line"] - 1].rstrip("\r"):
            bad.append("value not on line %s:%d" % (L["file"], L["line"]))
        if not L["value"]:
            bad.append("empty value %s:%d" % (L["file"], L["line"]))
        key = (L["file"], L["line"])
        if key in seen:
            bad.append("two labels on %s:%d" % key)
        seen.add(key)
        if L["service"] not in svc and L["service"] not in PSEUDO:
            bad.append("unknown service %s" % L["service"])
        if typ == "secret":
            for pre in ("ghp_", "gho_", "ghu_", "ghs_", "npm_"):
                if L["value"].startswith(pre) and not (len(L["value"]) == 40 and crc_ok(L["value"], pre)):
                    bad.append("bad CRC positive %s:%d" % key)
        elif "CRC" in L["why"] or "checksum" in L["why"]:
            pre = L["value"][:4]
            if len(L["value"]) != 40 or crc_ok(L["value"], pre):
                bad.append("CRC negative is not a well-formed bad-CRC token %s:%d" % key)
allf = [os.path.relpath(os.path.join(dp, f), ROOT) for dp, _, fs in os.walk(os.path.join(ROOT, "files")) for f in fs]
pos = d.get("secret", []); neg = d.get("negative", [])
print("files", len(allf), "unlabelled", len(set(allf) - files_lab))
print("positives", len(pos), "pairs", sum(1 for L in pos if L.get("pair")))
print("negatives", len(neg), dict(collections.Counter(L["category"] for L in neg)))
print("services with positives", len({L["service"] for L in pos}))
print("extensions", dict(collections.Counter(os.path.splitext(f)[1] or os.path.basename(f) for f in allf)))
for b in bad:
    print("PROBLEM", b)
sys.exit(1 if bad else 0)
