#!/usr/bin/env python3
"""Measures detection on the blind corpora in testdata/blind/detection/*/.

Each corpus has `files/` (realistic files with fake tokens) and `labels.toml`: a
[[secret]] per line that holds a credential (service, kind, value; `pair = true` for the
id half of a two-part credential) and a [[negative]] per deliberate near miss. Any line
that is not a labelled secret is, by definition, not a secret.

The corpora were written by helper sessions that had not read rules/ or src/, from the
providers' documentation (see each corpus's NOTES.md). Tune on testdata/accuracy; measure
here. Prints recall (any finding on the line / the right provider), precision, the strict
false-alarm rate on the labelled negatives, and the 19 major service groups.

    scripts/blind-detection.py [--bin target/release/tokenscope] [--by-service] [--misses] [--false-alarms]
"""
import argparse
import json
import pathlib
import re
import os
import subprocess
import tempfile
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
BLIND = ROOT / "testdata" / "blind" / "detection"

# The 19 major service groups: group -> services (services.tsv keys, pseudo-services) in it.
GROUPS = {
    "github": ["github", "githubapp", "githuboauth2", "githubold"],
    "gitlab": ["gitlab", "gitlabv2"],
    "slack": ["slack", "slackwebhook", "slackwebhooks"],
    "stripe": ["stripe", "stripepaymentintent"],
    "aws": ["aws", "awssessionkeys", "awsbedrock", "s3cfg"],
    "google/gcp": ["gcp", "google", "googleoauth2", "googleapi", "googlegemini", "firebase", "gcpapplicationdefaultcredentials"],
    "azure": ["azure", "azureopenai", "azuredevops", "azurestorage", "azuresas", "azurecontainerregistry", "azurebatch", "azuresearch", "azureappconfig", "azuresql", "azurefunctionkey", "azureentra", "azuredevopspersonalaccesstoken", "azurecosmosdb", "microsoftteamswebhook"],
    "openai": ["openai", "openaiadmin"],
    "anthropic": ["anthropic"],
    "npm": ["npm", "npmtoken", "npmrc"],
    "pypi": ["pypi", "pypirc"],
    "huggingface": ["huggingface"],
    "sendgrid": ["sendgrid"],
    "twilio": ["twilio", "twilioapikey"],
    "shopify": ["shopify", "shopifyoauth"],
    "digitalocean": ["digitalocean", "digitaloceanv2", "digitaloceantoken"],
    "dockerhub": ["dockerhub", "docker", "docker-config"],
    "jwt": ["jwt"],
    "private keys": ["private-key", "privatekey", "putty-ppk", "pem"],
}

# Label service -> tokenscope providers that count as the right one, where the names
# differ beyond normalisation.
ALIASES = {
    "google": {"gcp", "google", "firebase"},
    "googleoauth2": {"gcp", "google"},
    "gcp": {"gcp", "google"},
    "sendinblue": {"brevo"},
    "password": {"generic"},
    "url-credentials": {"urlcredentials", "generic"},
    "private-key": {"privatekey"},
    "putty-ppk": {"privatekey", "puttyppk"},
    "docker-config": {"docker", "dockerhub", "dockerconfig"},
    "s3cfg": {"aws", "s3cfg"},
    "npmrc": {"npm"},
    "pypirc": {"pypi"},
    "django-secret-key": {"django", "generic"},
    "rails-secret": {"rails", "generic"},
    "wordpress": {"wordpress", "generic"},
    "htpasswd": {"htpasswd", "passwordhash"},
    "shadow-hash": {"shadow", "passwordhash", "htpasswd"},
    "netrc": {"netrc"},
    "pgpass": {"pgpass", "urlcredentials", "generic"},
    "microsoftteamswebhook": {"microsoftteams", "azure", "microsoftteamswebhook"},
}

SUFFIXES = ("apikey", "apitoken", "accesstoken", "bottoken", "token", "key", "license", "basicauth", "webhook", "webhooks", "oauth2", "oauth", "v2", "sms", "secret", "pat")


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def stem(s: str) -> str:
    s = norm(s)
    changed = True
    while changed:
        changed = False
        for suf in SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                s = s[: -len(suf)]
                changed = True
    return s


# tokenscope names every Azure product's credential provider `azure` (storage keys and SAS
# `azure-storage`); the rule id says which product. Labels name the product.
AZURE_PROVIDERS = {"azure", "azurestorage"}


def right_provider(service: str, provider: str) -> bool:
    p = norm(provider)
    if p in ALIASES.get(service, set()):
        return True
    if group_of(service) == "azure" and p in AZURE_PROVIDERS:
        return True
    return norm(service) == p or stem(service) == stem(provider)


def group_of(service: str):
    n = norm(service)
    for g, members in GROUPS.items():
        if service in members or n in (norm(m) for m in members):
            return g
    return None


EMPTY_CONFIG = os.path.join(tempfile.mkdtemp(prefix="blind-"), "empty.toml")
open(EMPTY_CONFIG, "w").close()


def scan(binary: str, files: pathlib.Path):
    out = subprocess.run(
        # The repository config allows testdata/**: measure with an empty one.
        [binary, "scan", "-q", "--no-leastpriv", "--no-ignore", "--show-secrets", "--config", EMPTY_CONFIG, "--format", "json", str(files)],
        capture_output=True,
        text=True,
    )
    if out.returncode not in (0, 1, 3):
        sys.exit(f"tokenscope failed ({out.returncode}): {out.stderr[:2000]}")
    return json.loads(out.stdout)["findings"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "tokenscope"))
    ap.add_argument("--by-service", action="store_true", help="recall per service")
    ap.add_argument("--misses", action="store_true", help="list missed labels (reading them tunes on the blind set: measure only)")
    ap.add_argument("--corpus", action="append", help="measure only this corpus (a, b, c, ...); repeatable")
    ap.add_argument("--false-alarms", action="store_true", help="list labelled negatives that fired, with the negative's kind and the rules (kinds of false alarm, no values)")
    args = ap.parse_args()

    corpora = sorted(p for p in BLIND.iterdir() if (p / "labels.toml").is_file()) if BLIND.is_dir() else []
    if args.corpus:
        corpora = [c for c in corpora if c.name in args.corpus]
    if not corpora:
        sys.exit(f"no blind corpus under {BLIND}")
    tot = dict(pos=0, found=0, strict=0, neg=0, neg_hit=0, findings=0, tp=0, fp=0)
    per_group = {g: [0, 0, 0] for g in GROUPS}
    per_service = {}
    misses = []
    false_alarms = []
    neg_hits = []
    for c in corpora:
        labels = tomllib.loads((c / "labels.toml").read_text())
        findings = scan(args.bin, c / "files")
        secret_lines = {(s["file"], s["line"]): s for s in labels.get("secret", [])}
        at = {}
        for f in findings:
            if not f["rule_id"] or f["rule_id"].startswith(("leastpriv.", "workflow.")):
                continue
            loc = f["location"]
            path = "files/" + loc["path"]
            # A finding over several lines (a key file, a JSON credential) stands on the
            # first labelled line it covers: labels put a service-account file on its
            # `private_key` line, tokenscope on the object's `{`.
            first = next(
                (ln for ln in range(loc["line"], loc.get("end_line", loc["line"]) + 1) if (path, ln) in secret_lines),
                loc["line"],
            )
            lines = {first}
            paired = f["facts"].get("properties", {}).get("paired_line")
            if isinstance(paired, int):
                lines.add(paired)
            for ln in lines:
                at.setdefault((path, ln), []).append(f)
        for key, fs in at.items():
            tot["findings"] += 1
            if key in secret_lines:
                tot["tp"] += 1
            else:
                tot["fp"] += 1
                false_alarms.append((c.name, key, sorted({f["rule_id"] for f in fs})))
        for s in labels.get("secret", []):
            if s.get("pair"):
                continue
            key = (s["file"], s["line"])
            fs = at.get(key, [])
            found = bool(fs)
            strict = any(right_provider(s["service"], f["provider"]) for f in fs)
            tot["pos"] += 1
            tot["found"] += found
            tot["strict"] += strict
            svc = per_service.setdefault(s["service"], [0, 0, 0])
            svc[0] += 1
            svc[1] += found
            svc[2] += strict
            g = group_of(s["service"])
            if g:
                per_group[g][0] += 1
                per_group[g][1] += found
                per_group[g][2] += strict
            if not strict:
                misses.append((c.name, s["service"], s["kind"], key, sorted({f["provider"] for f in fs})))
        for n in labels.get("negative", []):
            tot["neg"] += 1
            if at.get((n["file"], n["line"])):
                tot["neg_hit"] += 1
                fs = at[(n["file"], n["line"])]
                neg_hits.append((c.name, n.get("service", "?"), n.get("kind", n.get("why", "?")), (n["file"], n["line"]), sorted({f["rule_id"] for f in fs})))

    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print(f"blind detection: {len(corpora)} corpora, {tot['pos']} positives over {len(per_service)} services, {tot['neg']} labelled negatives")
    print(f"  recall (a finding on the line):   {tot['found']}/{tot['pos']} = {pct(tot['found'], tot['pos']):.1f}%")
    print(f"  recall (the right provider):      {tot['strict']}/{tot['pos']} = {pct(tot['strict'], tot['pos']):.1f}%")
    print(f"  precision (finding lines that are secrets): {tot['tp']}/{tot['findings']} = {pct(tot['tp'], tot['findings']):.1f}%")
    print(f"  strict false alarms on negatives: {tot['neg_hit']}/{tot['neg']} = {pct(tot['neg_hit'], tot['neg']):.1f}%")
    print("  major groups (right provider):")
    gp = gs = 0
    for g, (n, f, st) in per_group.items():
        gp += n
        gs += st
        print(f"    {g:<14} {st:>4}/{n:<4} {pct(st, n):5.1f}%")
    print(f"    {'all 19':<14} {gs:>4}/{gp:<4} {pct(gs, gp):5.1f}%")
    if args.by_service:
        for svc, (n, f, st) in sorted(per_service.items()):
            print(f"    {svc:<28} {st}/{n}")
    if args.false_alarms:
        for h in neg_hits:
            print("  negative hit", *h)
    if args.misses:
        for m in misses:
            print("  miss", *m)
        for fa in false_alarms:
            print("  false alarm", *fa)


if __name__ == "__main__":
    main()
