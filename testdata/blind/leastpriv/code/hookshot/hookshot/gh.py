import os

import requests

API_ROOT = os.getenv("HOOKSHOT_GITHUB_API", "https://api.github.com").rstrip("/")


class GitHub:
    def __init__(self, token: str):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"token {token}"
        self.s.headers["Accept"] = "application/vnd.github+json"

    def call(self, method: str, path: str, **kw):
        r = self.s.request(method, f"{API_ROOT}/{path.lstrip('/')}", timeout=20, **kw)
        r.raise_for_status()
        return r.json() if r.content else None
