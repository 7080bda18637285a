#!/usr/bin/env python3
"""Scores peer scanners (gitleaks, Kingfisher, detect-secrets) on the blind detection corpora, the same way
scripts/blind-detection.py scores tokenscope, for the "any finding on the line" figures
(providers are named differently by each tool, so right-provider recall is not compared).

    PATH=$HOME/.local/peers/bin:$PATH scripts/blind-peers.py [--corpus c]
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import tempfile
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
BLIND = ROOT / "testdata" / "blind" / "detection"


def gitleaks(files: pathlib.Path, out: pathlib.Path):
    subprocess.run(["gitleaks", "dir", "--no-banner", "--report-format", "json", "--report-path", str(out), str(files)],
                   capture_output=True, cwd=files.parent)
    return {(f["File"], f["StartLine"]) for f in json.loads(out.read_text() or "[]")}


def kingfisher(files: pathlib.Path, out: pathlib.Path):
    subprocess.run(["kingfisher", "scan", "files", "--no-validate", "--format", "json", "--output", str(out)],
                   capture_output=True, cwd=files.parent)
    doc = json.loads(out.read_text())
    return {(f["finding"]["path"], f["finding"]["line"]) for f in doc.get("findings", [])}


def detect_secrets(files: pathlib.Path, out: pathlib.Path):
    # Every plugin and the default filters, as `detect-secrets scan` runs out of the box.
    r = subprocess.run(["detect-secrets", "scan", "--all-files", "files"], capture_output=True, text=True,
                       cwd=files.parent)
    doc = json.loads(r.stdout or "{}")
    return {(path, f["line_number"]) for path, fs in doc.get("results", {}).items() for f in fs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append")
    args = ap.parse_args()
    corpora = sorted(p for p in BLIND.iterdir() if (p / "labels.toml").is_file())
    if args.corpus:
        corpora = [c for c in corpora if c.name in args.corpus]
    for name, tool in (("gitleaks", gitleaks), ("kingfisher", kingfisher), ("detect-secrets", detect_secrets)):
        if not shutil.which(name):
            print(f"{name} not on PATH: skipped")
            continue
        pos = found = neg = neg_hit = tp = lines = 0
        for c in corpora:
            labels = tomllib.loads((c / "labels.toml").read_text())
            with tempfile.TemporaryDirectory() as d:
                hits = tool(c / "files", pathlib.Path(d) / "out.json")
            hits = {(p if p.startswith("files/") else "files/" + p.split("/files/", 1)[-1], ln) for p, ln in hits}
            secret = {(s["file"], s["line"]) for s in labels.get("secret", [])}
            lines += len(hits)
            tp += len(hits & secret)
            for s in labels.get("secret", []):
                if not s.get("pair"):
                    pos += 1
                    found += (s["file"], s["line"]) in hits
            for n in labels.get("negative", []):
                neg += 1
                neg_hit += (n["file"], n["line"]) in hits
        pct = lambda a, b: 100.0 * a / b if b else 0.0
        print(f"{name}: recall (a finding on the line) {found}/{pos} = {pct(found, pos):.1f}%, "
              f"precision {tp}/{lines} = {pct(tp, lines):.1f}%, "
              f"strict false alarms {neg_hit}/{neg} = {pct(neg_hit, neg):.1f}%")


if __name__ == "__main__":
    main()
