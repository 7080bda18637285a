"""Moves stale pull requests to a label and tells Slack."""
import os

import requests
from slack_sdk import WebClient

API = "https://api.github.com"
TOKEN = os.environ["GITHUB_TOKEN"]
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def stale_pulls(owner, repo):
    r = requests.get(f"{API}/repos/{owner}/{repo}/pulls?state=open", headers=HEADERS)
    r.raise_for_status()
    return r.json()


def label(owner, repo, number):
    requests.post(
        f"{API}/repos/{owner}/{repo}/issues/{number}/labels",
        headers=HEADERS,
        json={"labels": ["stale"]},
    )


def notify(text):
    slack = WebClient(token=os.environ.get("SLACK_TOKEN"))
    for ch in slack.conversations_list()["channels"]:
        if ch["name"] == "triage":
            slack.chat_postMessage(channel=ch["id"], text=text)
