#!/usr/bin/env python3
"""Put exactly one size/* label on a pull request and keep a summary comment."""
import os
import sys

import requests

API = os.environ.get("GITHUB_API_URL", "https://api.github.com")
REPO = os.environ["REPO"]
NUMBER = int(os.environ["PR_NUMBER"])
MARKER = "<!-- pr-sizer -->"

SIZES = [(10, "size/XS"), (50, "size/S"), (250, "size/M"), (1000, "size/L"), (float("inf"), "size/XL")]

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {os.environ['PR_SIZER_TOKEN']}",
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
})


def paged(url):
    while url:
        r = session.get(url, params={"per_page": 100} if "?" not in url else None)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")


def main() -> int:
    files = list(paged(f"{API}/repos/{REPO}/pulls/{NUMBER}/files"))
    changed = sum(f["additions"] + f["deletions"] for f in files if not f["filename"].endswith(".lock"))
    want = next(label for limit, label in SIZES if changed <= limit)

    current = [l["name"] for l in paged(f"{API}/repos/{REPO}/issues/{NUMBER}/labels")]
    for name in current:
        if name.startswith("size/") and name != want:
            session.delete(f"{API}/repos/{REPO}/issues/{NUMBER}/labels/{requests.utils.quote(name, safe='')}").raise_for_status()
    if want not in current:
        session.post(f"{API}/repos/{REPO}/issues/{NUMBER}/labels", json={"labels": [want]}).raise_for_status()

    body = f"{MARKER}\n**{want}**: {changed} lines changed in {len(files)} files."
    mine = [c for c in paged(f"{API}/repos/{REPO}/issues/{NUMBER}/comments") if MARKER in (c.get("body") or "")]
    if mine:
        session.patch(f"{API}/repos/{REPO}/issues/comments/{mine[0]['id']}", json={"body": body}).raise_for_status()
    else:
        session.post(f"{API}/repos/{REPO}/issues/{NUMBER}/comments", json={"body": body}).raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
