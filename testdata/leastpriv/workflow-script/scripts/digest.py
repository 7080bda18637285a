"""Posts the list of open pull requests to Slack every weekday morning."""
import os

import requests

gh = {"Authorization": "Bearer " + os.environ["GITHUB_TOKEN"]}
pulls = requests.get("https://api.github.com/repos/acme/web/pulls", headers=gh).json()
text = "\n".join(p["title"] for p in pulls)
requests.post(
    "https://slack.com/api/chat.postMessage",
    headers={"Authorization": "Bearer " + os.environ["SLACK_TOKEN"]},
    json={"channel": "#dev", "text": text},
)
