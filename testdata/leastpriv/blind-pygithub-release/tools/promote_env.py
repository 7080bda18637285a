"""Rotate the deploy credential of a GitHub environment, then ask the deploy workflow to run.

The deploy workflow listens for `repository_dispatch` events of type "deploy".
"""
import base64
import os
import sys

import requests
from nacl import encoding, public

API = "https://api.github.com"
OWNER, REPO = "acme", "widgets"

session = requests.Session()
session.headers.update(
    {
        "Authorization": f"Bearer {os.environ['ENV_SYNC_TOKEN']}",
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
    }
)


def seal(public_key_b64, value):
    key = public.PublicKey(public_key_b64.encode(), encoding.Base64Encoder())
    return base64.b64encode(public.SealedBox(key).encrypt(value.encode())).decode()


def put_environment_secret(env, name, value):
    r = session.get(f"{API}/repos/{OWNER}/{REPO}/environments/{env}/secrets/public-key")
    r.raise_for_status()
    key = r.json()
    r = session.put(
        f"{API}/repos/{OWNER}/{REPO}/environments/{env}/secrets/{name}",
        json={"encrypted_value": seal(key["key"], value), "key_id": key["key_id"]},
    )
    r.raise_for_status()


def trigger_deploy(env, ref):
    r = session.post(
        f"{API}/repos/{OWNER}/{REPO}/dispatches",
        json={"event_type": "deploy", "client_payload": {"environment": env, "ref": ref}},
    )
    r.raise_for_status()


if __name__ == "__main__":
    env, ref = sys.argv[1], sys.argv[2]
    put_environment_secret(env, "DEPLOY_KEY", sys.stdin.read().strip())
    trigger_deploy(env, ref)
    print(f"rotated DEPLOY_KEY for {env} and dispatched a deploy of {ref}")
