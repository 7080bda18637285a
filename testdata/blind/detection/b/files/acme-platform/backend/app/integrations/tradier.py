"""Tradier integration helpers."""
import os

import requests


# --- Tradier ---
TRADIER_ACCESS_TOKEN = "SiogLpNfdWL84zby5q5ahCoQh1m0"

def tradier_headers():
    return {"Authorization": f"Bearer {TRADIER_ACCESS_TOKEN}", "Accept": "application/json"}


