#!/usr/bin/env python3
"""Generates a deterministic corpus of source-like files with planted fake tokens.

Usage: scripts/gen-corpus.py OUT_DIR [TOTAL_MB]   (default 320 MB)

The same arguments always produce the same bytes, so benchmark runs compare like with
like. Planted tokens are fake (GitHub-style ones carry valid checksums so the scanner's
offline validation accepts them); their count is printed so a run can be checked.
"""
import os
import random
import sys
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
WORDS = ("user order cache client config value index result buffer handler request "
         "response session account payment invoice customer product service worker "
         "queue event stream record table column schema model parser item list map "
         "node tree retry timeout limit offset page count total").split()
# Credential-ish lines are a small share of real code: without them the prefilter would
# have nothing to do, with too many every file would run every contextual rule.
CREDENTIAL_LINES = [
    "    password = os.environ['DB_PASSWORD']",
    "    const token = process.env.GITHUB_TOKEN;",
    "    api_key = settings.API_KEY",
    "    secret: ${{ secrets.DEPLOY_KEY }}",
    "    let token = std::env::var(\"SLACK_TOKEN\")?;",
    "    auth_token = request.headers.get('Authorization')",
]


def b62(n, width):
    out = []
    for _ in range(width):
        out.append(B62[n % 62])
        n //= 62
    return "".join(reversed(out))


def gh(rng, prefix):
    body = "".join(rng.choice(B62) for _ in range(30))
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def ident(rng):
    return "_".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))


def line_pool(rng, n=4000):
    pool = list(CREDENTIAL_LINES[: max(1, n // 2000)])
    for _ in range(n):
        k = rng.randint(0, 11)
        a, b, c = ident(rng), ident(rng), ident(rng)
        if k == 0:
            pool.append(f"def {a}({b}, {c}=None):")
        elif k == 1:
            pool.append(f"    {a} = {b}.get('{c}', {rng.randint(0, 9999)})")
        elif k == 2:
            pool.append(f"    // TODO: handle {a} when {b} is empty")
        elif k == 3:
            pool.append(f"    if ({a} != null && {a}.{b}() > {rng.randint(1, 500)}) {{ return {c}; }}")
        elif k == 4:
            pool.append(f'    log.info("processing {a} for {b}: %s", {c})')
        elif k == 5:
            pool.append(f"    {a}: {rng.choice(['true', 'false', rng.randint(0, 100)])}")
        elif k == 6:
            pool.append(f"    let {a} = {b}.iter().map(|x| x.{c}).collect::<Vec<_>>();")
        elif k == 7:
            hexs = "".join(rng.choice("0123456789abcdef") for _ in range(40))
            key = rng.choice(["sha", "commit", "checksum", "etag", "digest", "revision"])
            pool.append(f"    \"{key}\": \"{hexs}\",")
        elif k == 8:
            pool.append(f"    {a} = os.environ.get('{b.upper()}_URL', '{c}')")
        elif k == 9:
            pool.append(f"    return fetch(`/api/v1/{a}/${{id}}/{b}`, {{ method: 'GET' }});")
        elif k == 10:
            pool.append(f"# {a} {b} {c} " + " ".join(rng.choice(WORDS) for _ in range(8)))
        else:
            pool.append(f"    const {a}Limit = config.{b}Limit || {rng.randint(1, 99)};")
    return pool


def plant(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return f'GITHUB_TOKEN = "{gh(rng, "ghp_")}"'
    if k == 1:
        return f"//registry.npmjs.org/:_authToken={gh(rng, 'npm_')}"
    if k == 2:
        return f"export GH_TOKEN={gh(rng, 'gho_')}"
    return f"  token: {gh(rng, 'ghs_')}"


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 320
    rng = random.Random(20261127)
    pool = line_pool(rng)
    exts = [".py", ".js", ".rs", ".go", ".java", ".yml", ".json", ".ts", ".rb", ".md"]
    target = total * 1_000_000
    written = planted = files = 0
    while written < target:
        d = os.path.join(out, f"pkg{files // 200:04d}", f"mod{(files // 20) % 10}")
        os.makedirs(d, exist_ok=True)
        size = rng.choice([1_000, 3_000, 8_000, 15_000, 30_000, 60_000, 200_000])
        lines = []
        n = 0
        while n < size:
            line = rng.choice(pool)
            lines.append(line)
            n += len(line) + 1
        if rng.random() < 0.05:
            lines.insert(rng.randrange(len(lines)), plant(rng))
            planted += 1
        data = ("\n".join(lines) + "\n").encode()
        with open(os.path.join(d, f"file{files:06d}{rng.choice(exts)}"), "wb") as f:
            f.write(data)
        written += len(data)
        files += 1
    print(f"corpus: {files} files, {written / 1e6:.1f} MB, {planted} planted tokens")


if __name__ == "__main__":
    main()
