"""IPGeolocation integration helpers."""
import os

import requests


# --- IPGeolocation ---
IPGEOLOCATION_API_KEY = "#{api_key}"

def ipgeolocation_get(**params):
    params["apiKey"] = IPGEOLOCATION_API_KEY
    return requests.get("https://api.ipgeolocation.io/ipgeo", params=params, timeout=15)


