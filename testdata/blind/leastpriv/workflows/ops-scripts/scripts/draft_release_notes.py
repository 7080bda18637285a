#!/usr/bin/env python3
"""Keep a draft GitHub release whose body lists PRs merged since the last release."""
import json
import os
import urllib.request

API = os.environ.get("GITHUB_API_URL", "https://api.github.com")
REPO = os.environ["GITHUB_REPOSITORY"]
TOKEN = os.environ["GITHUB_TOKEN"]


def call(method, path, body=None):
    req = urllib.request.Request(
        f"{API}{path}",
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": f"Bearer {TOKEN}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        },
    )
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)


def main():
    releases = call("GET", f"/repos/{REPO}/releases?per_page=20")
    published = [r for r in releases if not r["draft"]]
    since = published[0]["published_at"] if published else "1970-01-01T00:00:00Z"
    draft = next((r for r in releases if r["draft"]), None)

    pulls = call("GET", f"/repos/{REPO}/pulls?state=closed&base=main&sort=updated&direction=desc&per_page=100")
    merged = [p for p in pulls if p.get("merged_at") and p["merged_at"] > since]
    body = "\n".join(f"- {p['title']} (#{p['number']}) @{p['user']['login']}" for p in merged) or "_nothing yet_"

    if draft:
        call("PATCH", f"/repos/{REPO}/releases/{draft['id']}", {"body": body})
    else:
        call("POST", f"/repos/{REPO}/releases", {"tag_name": "next", "name": "Next release", "body": body, "draft": True})


if __name__ == "__main__":
    main()
