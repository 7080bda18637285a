#!/usr/bin/env python3
"""Publish the notes of a repository's latest release as a secret gist (for the
weekly product newsletter, which embeds gists)."""
import os
import sys

import requests

TOKEN = os.getenv("GH_TOKEN") or os.getenv("GITHUB_TOKEN")
if not TOKEN:
    sys.exit("set GH_TOKEN (or GITHUB_TOKEN)")

API = "https://api.github.com"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json"}


def latest_release(repo: str) -> dict:
    r = requests.get(f"{API}/repos/{repo}/releases/latest", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()


def publish(repo: str) -> str:
    rel = latest_release(repo)
    filename = f"{repo.replace('/', '-')}-{rel['tag_name']}.md"
    r = requests.post(
        f"{API}/gists",
        headers=HEADERS,
        json={
            "description": f"{repo} {rel['tag_name']} release notes",
            "public": False,
            "files": {filename: {"content": f"# {rel['name']}\n\n{rel['body']}"}},
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    print(publish(sys.argv[1]))
