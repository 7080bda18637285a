"""Re-read labels.toml and the files; assert every label is exact. Run: python3 gen/check.py"""
import collections
import os
import re
import sys
import tomllib
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PSEUDO = ["url-credentials", "netrc", "pgpass", "npmrc", "pypirc", "docker-config", "s3cfg", "django-secret-key", "rails-secret",
          "wordpress", "htpasswd", "shadow-hash", "putty-ppk", "private-key", "jwt", "password"]


def crc_ok(tok):
    body, cs = tok[4:-6], tok[-6:]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0") == cs


def main():
    with open(os.path.join(ROOT, "labels.toml"), "rb") as f:
        lab = tomllib.load(f)
    secrets, negs = lab.get("secret", []), lab.get("negative", [])
    errors = []
    cache = {}

    def lines_of(rel):
        if rel not in cache:
            p = os.path.join(ROOT, rel)
            if not os.path.isfile(p):
                errors.append(f"missing file {rel}")
                cache[rel] = []
            else:
                with open(p, encoding="utf-8") as fh:
                    cache[rel] = fh.read().split("\n")
        return cache[rel]

    seen_lines = {}
    for kind, lst in (("secret", secrets), ("negative", negs)):
        for L in lst:
            for fld in ("file", "line", "service") + (("kind", "value") if kind == "secret" else ("why",)):
                if fld not in L:
                    errors.append(f"{kind} missing field {fld}: {L}")
            ls = lines_of(L["file"])
            n = L["line"]
            if not (1 <= n <= len(ls)):
                errors.append(f"{kind} {L['file']}:{n} out of range")
                continue
            v = L.get("value", "")
            if kind == "secret" and not v:
                errors.append(f"secret with empty value {L['file']}:{n}")
            if v and v.rstrip("\r") not in ls[n - 1]:
                errors.append(f"{kind} value not on line {L['file']}:{n}: {v[:60]!r} / {ls[n - 1][:80]!r}")
            key = (L["file"], n)
            if key in seen_lines and seen_lines[key] != kind:
                errors.append(f"line labelled both secret and negative: {key}")
            seen_lines.setdefault(key, kind)
            if kind == "secret" and L["service"] == "npmrc" and v.startswith("npm_") and not crc_ok(v):
                errors.append(f"npm token with bad checksum labelled secret: {key}")
            if kind == "negative" and "broken CRC32" in L["why"] and crc_ok(v):
                errors.append(f"negative npm token actually has a valid checksum: {key}")

    # no leftover markers; secret values appear only on labelled lines
    for dp, dn, fn in os.walk(os.path.join(ROOT, "files")):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), ROOT)
            txt = "\n".join(lines_of(rel))
            if "@@V" in txt or "@@A1@@" in txt:
                errors.append(f"leftover marker in {rel}")
    sec_lines = {(L["file"], L["line"]) for L in secrets}
    for L in secrets:
        v = L["value"]
        if len(v) < 12 or re.fullmatch(r"-----BEGIN [A-Z ]+-----", v):
            continue
        for i, line in enumerate(lines_of(L["file"]), 1):
            if v in line and (L["file"], i) not in sec_lines:
                errors.append(f"secret value also on unlabelled line {L['file']}:{i}")

    # coverage
    per = collections.Counter(L["service"] for L in secrets if not L.get("pair"))
    ctx = collections.defaultdict(set)
    for L in secrets:
        ext = os.path.splitext(L["file"])[1] or os.path.basename(L["file"])
        ctx[L["service"]].add(ext)
    providers = [s for s in per if s not in PSEUDO]
    for s in providers:
        if len(ctx[s]) < 2:
            errors.append(f"provider service {s} appears in only one file type")
        if per[s] < 2:
            errors.append(f"provider service {s} has only {per[s]} positive(s)")
    for s in PSEUDO:
        if per[s] < 6:
            errors.append(f"pseudo-service {s} has only {per[s]} positives")
        if len(ctx[s]) < 4:
            errors.append(f"pseudo-service {s} appears in only {len(ctx[s])} file types")
    files = sum(1 for _ in os.walk(os.path.join(ROOT, "files")) for _ in _[2])
    print(f"secrets={len(secrets)} (pair ids={sum(1 for L in secrets if L.get('pair'))}) negatives={len(negs)} "
          f"provider_services={len(providers)} pseudo_services={sum(1 for s in PSEUDO if per[s])} files={files}")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors[:80]:
            print("  ", e)
        sys.exit(1)
    print("OK: every label matches its line")


if __name__ == "__main__":
    main()
