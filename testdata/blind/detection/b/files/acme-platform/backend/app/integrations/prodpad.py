"""ProdPad integration helpers."""
import os

import requests


# --- ProdPad ---
PRODPAD_API_KEY = "your-api-key-here"

def prodpad_headers():
    return {"Authorization": f"Bearer {PRODPAD_API_KEY}", "Accept": "application/json"}


