"""Wise integration helpers."""
import os

import requests


# --- Wise ---
WISE_API_TOKEN = "b28cac7c-c91d-4374-984e-05a5ae8a7c42"

def wise_headers():
    return {"Authorization": f"Bearer {WISE_API_TOKEN}", "Accept": "application/json"}


