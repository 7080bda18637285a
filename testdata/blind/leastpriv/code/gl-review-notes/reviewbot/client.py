import requests


class GitLabClient:
    def __init__(self, url: str, token: str, project_id: str):
        self.base = f"{url.rstrip('/')}/api/v4"
        self.project = requests.utils.quote(str(project_id), safe="")
        self.session = requests.Session()
        self.session.headers["PRIVATE-TOKEN"] = token

    def _url(self, path: str) -> str:
        return f"{self.base}/projects/{self.project}{path}"

    def _get(self, path, **params):
        r = self.session.get(self._url(path), params=params, timeout=30)
        r.raise_for_status()
        return r.json()

    def _post(self, path, payload):
        r = self.session.post(self._url(path), json=payload, timeout=30)
        r.raise_for_status()
        return r.json()

    def versions(self, iid: int):
        return self._get(f"/merge_requests/{iid}/versions")

    def diffs(self, iid: int):
        return self._get(f"/merge_requests/{iid}/diffs", per_page=100)

    def comment_on_line(self, iid: int, body: str, path: str, line: int, refs: dict):
        return self._post(f"/merge_requests/{iid}/discussions", {
            "body": body,
            "position": {
                "position_type": "text",
                "base_sha": refs["base_commit_sha"],
                "start_sha": refs["start_commit_sha"],
                "head_sha": refs["head_commit_sha"],
                "new_path": path,
                "new_line": line,
            },
        })
