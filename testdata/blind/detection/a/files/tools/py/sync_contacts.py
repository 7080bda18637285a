"""Third-party integrations used by the background workers."""
import os
import logging

import requests

log = logging.getLogger(__name__)

def fetch_dynatrace():
    resp = requests.get(
        "https://abc12345.live.dynatrace.com/api/v2/metrics",
        headers={"Authorization": "Api-Token dt0c01.RGFV6ORC63IHIQ0RZ3U2QC92.2ITJCFSFHP7SQ34H88KCDKY2LQ3OJR2G421JTFNEPQCAMCWOBL5DRDJ3V1QOJUD504Tudbi16"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()

DIFFBOT_TOKEN = "YOUR_TOKEN_HERE"

FLICKR_API_SECRET = "${FLICKR_API_SECRET}"
