#!/usr/bin/env python3
"""Verify labels.toml against files/: each value occurs on its line, one label per line, pair only
on secrets, GitHub/npm checksums are valid on positives and invalid where a negative says so,
and print counts by group."""
import json
import os
import sys
import tomllib
import zlib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def crc_ok(tok):
    body = tok.split("_", 1)[1]
    return len(body) == 36 and b62(zlib.crc32(body[:30].encode())) == body[30:]


def main():
    with open(os.path.join(ROOT, "labels.toml"), "rb") as fh:
        data = tomllib.load(fh)
    services = set()
    with open("/work/shared/reference/services.tsv") as fh:
        for l in fh:
            if not l.startswith("#") and "\t" in l:
                services.add(l.split("\t")[0])
    pseudo = {"password", "url-credentials", "postgres", "netrc", "pgpass", "npmrc", "pypirc", "docker-config", "s3cfg",
              "django-secret-key", "rails-secret", "wordpress", "htpasswd", "shadow-hash", "private-key", "putty-ppk", "jwt", "generic"}
    groups = json.load(open(os.path.join(ROOT, "gen", "groups.json")))
    cache, errors, seen = {}, [], set()
    cnt = Counter()
    for kind in ("secret", "negative"):
        for d in data.get(kind, []):
            p = os.path.join(ROOT, d["file"])
            if p not in cache:
                cache[p] = open(p, encoding="utf-8").read().split("\n")
            lines = cache[p]
            key = (d["file"], d["line"])
            if key in seen:
                errors.append("two labels on %s:%d" % key)
            seen.add(key)
            if not (1 <= d["line"] <= len(lines)) or d["value"] not in lines[d["line"] - 1]:
                errors.append("value not on line: %s:%d %r" % (d["file"], d["line"], d["value"][:60]))
            if d["service"] not in services and d["service"] not in pseudo:
                errors.append("unknown service %s at %s:%d" % (d["service"], d["file"], d["line"]))
            if kind == "negative" and "pair" in d:
                errors.append("pair on negative %s:%d" % key)
            v = d["value"]
            import re
            for m in re.finditer(r"(?:gh[pousr]|npm)_[A-Za-z0-9]{36}(?![A-Za-z0-9])", v):
                tok = m.group(0)
                ok = crc_ok(tok)
                if kind == "secret" and not ok:
                    errors.append("positive with bad CRC %s:%d" % key)
                if kind == "negative" and "CRC" in d.get("why", "") and ok:
                    errors.append("negative claims bad CRC but CRC is valid %s:%d" % key)
            cnt[groups.get("%s:%d" % key, "?")] += 1
    nfiles = sum(len(fs) for _, _, fs in os.walk(os.path.join(ROOT, "files")))
    print("files:", nfiles)
    print("secrets:", len(data.get("secret", [])), "negatives:", len(data.get("negative", [])))
    print("by group:", dict(cnt))
    svc = Counter(d["service"] for d in data.get("secret", []))
    print("distinct services (positives):", len(svc))
    if errors:
        print("\n".join(errors[:50]))
        print("ERRORS:", len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
