#!/usr/bin/env python3
"""Count the GitHub Actions that workflows use, and mark those actions.toml does not know.

    scripts/actions-usage.py DIR [DIR ...] [--kb rules/knowledge/actions.toml] [--missing] [--top N]

Walks each DIR for workflow and action files (`.github/workflows/*.yml|yaml`, and any
`action.yml|yaml` of a composite action), collects every `uses:` reference, and prints one
line per action, most used first:

    COUNT  REPOS  owner/repo[/path]  [missing]

The action name is lower case without `@ref`; local actions (`./...`) and container steps
(`docker://...`) are skipped, and so are reusable workflows (`owner/repo/.github/workflows/x.yml`),
which tokenscope reads rather than looks up. `REPOS` counts the distinct repositories (the
first directory level under DIR holding a `.github` folder, or DIR itself) using the action.
An action is `missing` when no `uses` of actions.toml matches it, exactly or through a
trailing `/*` prefix entry, the way src/leastpriv/kb.rs looks actions up.

Only the standard library is used: `uses:` lines are found with a regular expression, so
the script also counts references in files a YAML parser would reject.
"""

import argparse
import collections
import os
import re
import sys
import tomllib

USES = re.compile(r"""^\s*(?:-\s+)?uses\s*:\s*["']?([^\s"'#]+)""")
DEFAULT_KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "knowledge", "actions.toml")


def action_name(ref):
    """`Owner/Repo/path@v4` -> `owner/repo/path`; None for references that are not actions."""
    if ref.startswith("./") or ref.startswith("../") or ref.startswith("docker://"):
        return None
    if "${{" in ref:
        return None
    name = ref.split("@", 1)[0].strip().rstrip("/").lower()
    parts = name.split("/")
    if len(parts) < 2 or not all(parts):
        return None
    if "/.github/workflows/" in name + "/":
        return None
    return name


def workflow_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules")]
        in_workflows = dirpath.replace(os.sep, "/").endswith(".github/workflows")
        for f in filenames:
            if not f.endswith((".yml", ".yaml")):
                continue
            if in_workflows or f in ("action.yml", "action.yaml"):
                yield os.path.join(dirpath, f)


def repo_of(root, path):
    """The repository a file belongs to: the nearest ancestor holding `.github` or `.git`."""
    d = os.path.dirname(os.path.abspath(path))
    root = os.path.abspath(root)
    while True:
        if os.path.isdir(os.path.join(d, ".git")) or os.path.isdir(os.path.join(d, ".github")):
            if not d.endswith(os.sep + ".github") and os.path.basename(d) != "workflows":
                return d
        if d == root or os.path.dirname(d) == d:
            return root
        d = os.path.dirname(d)


def known_actions(kb_path):
    with open(kb_path, "rb") as f:
        data = tomllib.load(f)
    exact, prefixes = set(), []
    for a in data.get("action", []):
        u = a["uses"].lower()
        if u.endswith("/*"):
            prefixes.append(u[:-2])
        else:
            exact.add(u)
    return exact, prefixes


def is_known(name, exact, prefixes):
    return name in exact or any(name.startswith(p + "/") for p in prefixes)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", help="directories holding workflow files (checkouts)")
    ap.add_argument("--kb", default=DEFAULT_KB, help="actions.toml to compare with")
    ap.add_argument("--missing", action="store_true", help="print only actions missing from the knowledge base")
    ap.add_argument("--top", type=int, default=0, help="print only the N most used")
    args = ap.parse_args(argv)

    count = collections.Counter()
    repos = collections.defaultdict(set)
    for root in args.dirs:
        if not os.path.isdir(root):
            print(f"actions-usage: not a directory: {root}", file=sys.stderr)
            return 2
        for path in workflow_files(root):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    lines = f.readlines()
            except OSError as e:
                print(f"actions-usage: {path}: {e}", file=sys.stderr)
                continue
            repo = repo_of(root, path)
            for line in lines:
                m = USES.match(line)
                if not m:
                    continue
                name = action_name(m.group(1))
                if name:
                    count[name] += 1
                    repos[name].add(repo)

    exact, prefixes = known_actions(args.kb)
    rows = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
    if args.top:
        rows = rows[: args.top]
    missing = 0
    for name, n in rows:
        known = is_known(name, exact, prefixes)
        if not known:
            missing += 1
        if args.missing and known:
            continue
        mark = "" if known else "  missing"
        print(f"{n:7d} {len(repos[name]):6d}  {name}{mark}")
    print(f"# {len(rows)} actions, {missing} missing from {os.path.relpath(args.kb)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
