"""Fixer integration helpers."""
import os

import requests


# --- Fixer ---
FIXER_ACCESS_KEY = "deb0b9691b5a733b8fe1e26a7c5491c4"

def fixer_get(**params):
    params["access_key"] = FIXER_ACCESS_KEY
    return requests.get("https://data.fixer.io/api/latest", params=params, timeout=15)


