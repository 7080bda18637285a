"""Third-party integrations used by the background workers."""
import os
import logging

import requests

log = logging.getLogger(__name__)

def fetch_cloudsmith():
    resp = requests.get(
        "https://api.cloudsmith.io/v1/user/self/",
        headers={"X-Api-Key": "8466805046a62ffd01353b2ef07f029b66dfe033"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()

ALGOLIA_APP_ID = "O4MF5DIPC9"
ALGOLIA_ADMIN_API_KEY = "d6d502b9eb082e2ab29c570bae5bfb95"

def fetch_daily():
    resp = requests.get(
        "https://api.daily.co/v1/rooms",
        headers={"Authorization": "Bearer 769ae5b5ff615a823620aedccfe00d397c5e45bd0b3153aaa219aefcbe2cb93d"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()

DANDELION_TOKEN = "4d7c442bc415f5a0a5b625f752b05896"
