"""Nightfall integration helpers."""
import os

import requests

from app.clients.nightfall import NightfallClient

# --- Nightfall ---
nightfall = NightfallClient(
    api_key="NF-5wlYo7qhklps2URhAPfn8dEcWmSMO29W",
    base_url="https://api.nightfall.ai/v3/scan",
)


