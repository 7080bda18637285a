"""Webhook relay: when CI on a commit finishes, run the operator-defined
follow-up actions for it, then report on the pull request.

Rules live outside this repository (HOOKSHOT_RULES, default
/etc/hookshot/rules.yml) and look like:

    - when: {status: success, context: "ci/deploy-preview"}
      request: {method: POST, path: "repos/{repo}/..."}
"""
import os

import yaml
from flask import Flask, abort, request

from .gh import GitHub

app = Flask(__name__)
gh = GitHub(os.environ["HOOKSHOT_TOKEN"])
RULES_PATH = os.getenv("HOOKSHOT_RULES", "/etc/hookshot/rules.yml")


def load_rules():
    with open(RULES_PATH) as fh:
        return yaml.safe_load(fh) or []


def matches(rule, event):
    return all(event.get(k) == v for k, v in rule.get("when", {}).items())


@app.post("/status")
def on_status():
    event = request.get_json(force=True)
    repo = event["repository"]["full_name"]
    sha = event["sha"]
    ran = []
    for rule in load_rules():
        if not matches(rule, event):
            continue
        req = rule["request"]
        path = req["path"].format(repo=repo, sha=sha, **event.get("vars", {}))
        gh.call(req["method"], path, json=req.get("body"))
        ran.append(f"`{req['method']} {path}`")

    if not ran:
        return "", 204
    prs = gh.call("GET", f"repos/{repo}/commits/{sha}/pulls")
    for pr in prs or []:
        gh.call("POST", f"repos/{repo}/issues/{pr['number']}/comments",
                json={"body": "hookshot ran:\n" + "\n".join(f"- {r}" for r in ran)})
    return "", 204


if __name__ == "__main__":
    if not os.path.exists(RULES_PATH):
        abort(500)
    app.run(port=int(os.getenv("PORT", "8000")))
