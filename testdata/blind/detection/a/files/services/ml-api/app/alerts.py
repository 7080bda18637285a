import json
import urllib.request
WEBHOOK = "https://hooks.slack.com/services/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"


def alert(msg: str) -> None:
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": msg}).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
