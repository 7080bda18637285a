"""PandaDoc integration helpers."""
import os

import requests

from app.secrets import get_secret

# --- PandaDoc ---
PANDADOC_API_KEY = get_secret("pandadoc_api_key")

def pandadoc_headers():
    return {"Authorization": f"API-Key {PANDADOC_API_KEY}", "Accept": "application/json"}


