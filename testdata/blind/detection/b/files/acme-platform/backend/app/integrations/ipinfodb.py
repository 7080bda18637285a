"""IPInfoDB integration helpers."""
import os

import requests


# --- IPInfoDB ---
def fetch_ipinfodb(**params):
    params.setdefault("key", "b2652ef3fc4c895cd62dd65cefbc3f22199748b5f7fd706985dfc84e10a10535")
    return requests.get("https://api.ipinfodb.com/v3/ip-city/", params=params, timeout=15).json()


