"""Veriphone integration helpers."""
import os

import requests


# --- Veriphone ---
def fetch_veriphone(**params):
    params.setdefault("key", "E9756B760B8BAC7F25A595078AFAFCAD")
    return requests.get("https://api.veriphone.io/v2/verify", params=params, timeout=15).json()


