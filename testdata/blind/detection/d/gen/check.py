#!/usr/bin/env python3
"""Consistency checks for blind corpus d. Exits non-zero on any problem.

* every label's file exists, its line exists and the value occurs on that line (values are non-empty for
  [[secret]]; a [[negative]] may have an empty value when the point is "nothing is stored here");
* at most one label per line (secrets and negatives together);
* GitHub ghp_/gho_/ghu_/ghs_/ghr_ and npm_ tokens: prefix + 30 base62 + 6 base62 where the 6 are the CRC32
  of the 30-character random part, base62-encoded and left-padded with '0'. Valid on every positive;
  invalid on every negative whose `why` mentions "CRC" or "checksum";
* groups.json agrees with labels.toml; files marked plain have no label;
* no two files have identical bytes;
* prints counts per group and per negative category, and the number of distinct services.
"""
import collections
import hashlib
import json
import os
import re
import sys
import tomllib
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
TOKEN_RE = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]|npm)_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})(?![A-Za-z0-9_])")


def b62(n):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out or "0"


def crc_ok(body, check):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0") == check


def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    with open(os.path.join(ROOT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    with open(os.path.join(HERE, "groups.json"), encoding="utf-8") as fh:
        gj = json.load(fh)
    groups, plain = gj["labels"], set(gj["plain_files"])

    secrets, negatives = labels.get("secret", []), labels.get("negative", [])
    cache = {}
    seen_lines = {}
    labelled_files = set()
    for kind, items in (("secret", secrets), ("negative", negatives)):
        for lab in items:
            for k in ("file", "line", "service", "value"):
                if k not in lab:
                    bad(f"{kind} without {k}: {lab}")
            rel, line, value = lab["file"], lab["line"], lab["value"]
            where = f"{rel}:{line}"
            if kind == "secret" and "kind" not in lab:
                bad(f"{where}: secret without kind")
            if kind == "negative" and "why" not in lab:
                bad(f"{where}: negative without why")
            if kind == "secret" and not value:
                bad(f"{where}: empty secret value")
            path = os.path.join(ROOT, rel)
            if rel not in cache:
                if not os.path.isfile(path):
                    bad(f"{where}: file does not exist")
                    cache[rel] = None
                else:
                    with open(path, "rb") as fh:
                        cache[rel] = fh.read().decode("utf-8").split("\n")
            lines = cache[rel]
            if lines is not None:
                if not 1 <= line <= len(lines):
                    bad(f"{where}: line out of range ({len(lines)} lines)")
                elif value not in lines[line - 1]:
                    bad(f"{where}: value {value[:60]!r} not on the line")
            if where in seen_lines:
                bad(f"{where}: more than one label on the line ({seen_lines[where]} and {kind})")
            seen_lines[where] = kind
            labelled_files.add(rel[len("files/"):])
            g = groups.get(where)
            if g is None:
                bad(f"{where}: not in groups.json")
            elif (kind == "secret") == g.startswith("negative"):
                bad(f"{where}: groups.json says {g} for a {kind}")
            # checksummed tokens
            for m in TOKEN_RE.finditer(value):
                ok = crc_ok(m.group(2), m.group(3))
                if kind == "secret" and not ok:
                    bad(f"{where}: positive {m.group(0)} has a wrong CRC32")
                if kind == "negative" and ok and re.search(r"crc|checksum", lab["why"], re.I):
                    bad(f"{where}: negative says CRC/checksum but {m.group(0)} has a valid CRC32")
            if kind == "negative" and re.search(r"crc|checksum", lab["why"], re.I) \
                    and re.match(r"(gh[pousr]|npm)_", value) and not TOKEN_RE.fullmatch(value):
                bad(f"{where}: CRC near miss {value!r} is not of the token's length/alphabet")
            if kind == "secret" and lab["service"] in ("github", "npm") and re.fullmatch(r"(gh[pousr]|npm)_\w+", value) \
                    and not TOKEN_RE.fullmatch(value):
                bad(f"{where}: positive {value!r} is not prefix + 36 base62")
    if len(groups) != len(secrets) + len(negatives):
        bad(f"groups.json has {len(groups)} entries, labels.toml {len(secrets) + len(negatives)}")

    # files
    all_files = []
    for dp, _, fns in os.walk(os.path.join(ROOT, "files")):
        for fn in fns:
            all_files.append(os.path.relpath(os.path.join(dp, fn), os.path.join(ROOT, "files")))
    all_files.sort()
    digests = collections.defaultdict(list)
    for rel in all_files:
        with open(os.path.join(ROOT, "files", rel), "rb") as fh:
            digests[hashlib.sha256(fh.read()).hexdigest()].append(rel)
    for d, rels in digests.items():
        if len(rels) > 1:
            bad(f"identical files: {rels}")
    for p in plain:
        if p in labelled_files:
            bad(f"{p}: marked plain but has labels")
        if p not in all_files:
            bad(f"{p}: plain file missing")
    unlabelled = [p for p in all_files if p not in labelled_files]
    for p in unlabelled:
        if p not in plain:
            bad(f"{p}: no labels but not marked plain")

    # report
    per_group = collections.Counter(groups[f"{s['file']}:{s['line']}"] for s in secrets)
    per_cat = collections.Counter(groups[f"{n['file']}:{n['line']}"].split(":", 1)[1] for n in negatives
                                  if f"{n['file']}:{n['line']}" in groups)
    services = {s["service"] for s in secrets}
    print(f"positives: {len(secrets)} ({sum(1 for s in secrets if s.get('pair'))} pair = true)")
    for g, c in sorted(per_group.items()):
        print(f"  {g:<12} {c}")
    print(f"negatives: {len(negatives)}")
    for g, c in sorted(per_cat.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {g:<16} {c}")
    print(f"files: {len(all_files)} ({len(unlabelled)} with no labels)")
    print(f"distinct services on positives: {len(services)}; on all labels: "
          f"{len(services | {n['service'] for n in negatives})}")
    ntok = sum(1 for s in secrets for _ in TOKEN_RE.finditer(s["value"]))
    nneg = sum(1 for n in negatives if re.search(r"crc|checksum", n["why"], re.I) and TOKEN_RE.fullmatch(n["value"]))
    print(f"checksummed tokens verified: {ntok} positive, {nneg} CRC near misses")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
