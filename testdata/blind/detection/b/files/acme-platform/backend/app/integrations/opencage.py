"""OpenCage integration helpers."""
import os

import requests


# --- OpenCage ---
OPENCAGE_API_KEY = os.environ["OPENCAGE_API_KEY"]

def opencage_get(**params):
    params["key"] = OPENCAGE_API_KEY
    return requests.get("https://api.opencagedata.com/geocode/v1/json", params=params, timeout=15)


