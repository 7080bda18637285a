"""Prints open issues."""
import os

import requests

token = os.environ["GITHUB_TOKEN"]
r = requests.get(
    "https://api.github.com/repos/acme/web/issues",
    headers={"Authorization": f"token {token}"},
)
for issue in r.json():
    print(issue["number"], issue["title"])
