#!/usr/bin/env python3
"""Re-read labels.toml and verify it against files/:
 - every [[secret]] value occurs on its line; every [[negative]] line exists;
 - no line is both a secret and a negative; no negative line contains a labelled secret value;
 - every occurrence of a labelled secret value anywhere in the corpus is on a labelled line;
 - checksummed formats (GitHub gh*_, npm_, GitLab routable, Grafana glsa_) are valid on positives;
 - JSON / notebook / TOML files parse;
 - per-service coverage (>= 2 positives, in >= 2 distinct files).
Prints counts; exits non-zero on any failure."""
import collections, json, os, re, sys, tomllib, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PSEUDO = {"url-credentials", "netrc", "pgpass", "npmrc", "pypirc", "docker-config", "s3cfg", "django-secret-key", "rails-secret",
          "wordpress", "htpasswd", "shadow-hash", "putty-ppk", "private-key", "jwt", "password"}


def b62(n, w=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def b36(n, w):
    a = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = a[r] + s
    return s.rjust(w, "0")


def main():
    errors = []
    labels = tomllib.load(open(os.path.join(ROOT, "labels.toml"), "rb"))
    secrets = labels.get("secret", [])
    negatives = labels.get("negative", [])
    cache = {}

    def lines_of(p):
        if p not in cache:
            full = os.path.join(ROOT, p)
            if not os.path.isfile(full):
                errors.append("missing file " + p)
                cache[p] = []
            else:
                cache[p] = open(full, encoding="utf-8").read().split("\n")
        return cache[p]

    sec_lines = collections.defaultdict(set)
    for s in secrets:
        for k in ("file", "line", "service", "kind", "value"):
            if k not in s:
                errors.append("secret missing %s: %r" % (k, s))
        L = lines_of(s["file"])
        if not (1 <= s["line"] <= len(L)):
            errors.append("line out of range %s:%d" % (s["file"], s["line"]))
            continue
        if s["value"] not in L[s["line"] - 1]:
            errors.append("value not on line %s:%d %r" % (s["file"], s["line"], s["value"][:40]))
        sec_lines[(s["file"], s["line"])].add(s["value"])
    for n in negatives:
        L = lines_of(n["file"])
        if not (1 <= n["line"] <= len(L)):
            errors.append("neg line out of range %s:%d" % (n["file"], n["line"]))
            continue
        if (n["file"], n["line"]) in sec_lines:
            errors.append("line is both secret and negative %s:%d" % (n["file"], n["line"]))
    dup = collections.Counter((s["file"], s["line"], s["value"]) for s in secrets)
    for k, c in dup.items():
        if c > 1:
            errors.append("duplicate secret label %r" % (k,))

    # every occurrence of a secret value must be on a labelled line
    allfiles = []
    for dp, dn, fn in os.walk(os.path.join(ROOT, "files")):
        for x in fn:
            allfiles.append(os.path.relpath(os.path.join(dp, x), ROOT))
    values = {s["value"] for s in secrets if len(s["value"]) >= 12 and not s["value"].startswith("-----BEGIN") and not s["value"].startswith("PuTTY")}
    neg_set = {(n["file"], n["line"]) for n in negatives}
    for p in allfiles:
        for i, line in enumerate(lines_of(p), 1):
            for v in values:
                if v in line and v not in sec_lines.get((p, i), set()):
                    # allow when the line is labelled with a longer value containing it
                    if any(v in w for w in sec_lines.get((p, i), set())):
                        continue
                    errors.append("unlabelled occurrence of a secret value at %s:%d (%s)" % (p, i, v[:30]))
                    break
            if (p, i) in neg_set:
                for v in values:
                    if v in line:
                        errors.append("negative line holds a secret value %s:%d" % (p, i))
                        break

    # checksums on positives
    for s in secrets:
        v = s["value"]
        for m in re.finditer(r"\b(gh[pousr]_|npm_)([A-Za-z0-9]{36,76})\b", v):
            body = m.group(2)
            if m.group(1) == "ghr_":
                continue
            if b62(zlib.crc32(body[:-6].encode()) & 0xFFFFFFFF) != body[-6:]:
                errors.append("bad checksum on positive %s:%d" % (s["file"], s["line"]))
        m = re.fullmatch(r"(gl[a-z]+-)([A-Za-z0-9_-]+)\.(\d\d)\.([0-9a-z]{2})([0-9a-z]{7})", v)
        if m:
            inp = m.group(1) + m.group(2) + "." + m.group(3) + "." + m.group(4)
            if b36(zlib.crc32(inp.encode()) & 0xFFFFFFFF, 7) != m.group(5):
                errors.append("bad gitlab crc on positive %s:%d" % (s["file"], s["line"]))
            if b36(len(m.group(2)), 2) != m.group(4):
                errors.append("bad gitlab length on positive %s:%d" % (s["file"], s["line"]))
        m = re.fullmatch(r"glsa_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
        if m and "%08x" % (zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) != m.group(2):
            errors.append("bad glsa crc %s:%d" % (s["file"], s["line"]))

    # parse structured files
    for p in allfiles:
        full = os.path.join(ROOT, p)
        try:
            if p.endswith((".json", ".ipynb")):
                json.load(open(full))
            elif p.endswith(".toml") or p.endswith("Cargo.lock"):
                tomllib.load(open(full, "rb"))
        except Exception as e:
            errors.append("parse error %s: %s" % (p, e))

    # coverage
    svc_files = collections.defaultdict(set)
    svc_count = collections.Counter()
    for s in secrets:
        if s.get("pair"):
            continue
        svc_count[s["service"]] += 1
        svc_files[s["service"]].add(s["file"])
    known = set()
    for line in open("/work/shared/reference/services.tsv"):
        if line.startswith("#") or line.startswith("key\t"):
            continue
        known.add(line.split("\t")[0])
    for svc in set(s["service"] for s in secrets) | set(n["service"] for n in negatives):
        if svc not in known and svc not in PSEUDO:
            errors.append("service %r is neither in services.tsv nor a pseudo-service" % svc)
    real = [s for s in svc_count if s not in PSEUDO]
    for svc in real:
        if svc_count[svc] < 2 or len(svc_files[svc]) < 2:
            errors.append("service %s has %d positives in %d files" % (svc, svc_count[svc], len(svc_files[svc])))

    exts = collections.Counter()
    for p in allfiles:
        b = os.path.basename(p)
        e = os.path.splitext(b)[1] or b
        exts[e] += 1
    print("files:", len(allfiles))
    print("positives:", len(secrets), "(of which pair ids:", sum(1 for s in secrets if s.get("pair")), ")")
    print("negatives:", len(negatives))
    print("services (services.tsv keys with positives):", len(real))
    print("pseudo-services with positives:", sorted(s for s in svc_count if s in PSEUDO))
    print("file kinds:", dict(sorted(exts.items(), key=lambda x: -x[1])))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
