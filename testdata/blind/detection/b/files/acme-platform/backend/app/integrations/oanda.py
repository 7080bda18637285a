"""OANDA integration helpers."""
import os

import requests


# --- OANDA ---
OANDA_API_TOKEN = "dd833e61268b5e37511c11f1efbff0b5-d2133f14a7383bfd5427ecbcfa5075142319da0"

def oanda_headers():
    return {"Authorization": f"Bearer {OANDA_API_TOKEN}", "Accept": "application/json"}


