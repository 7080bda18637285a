"""Geoapify integration helpers."""
import os

import requests

from app.clients.geoapify import GeoapifyClient

# --- Geoapify ---
geoapify = GeoapifyClient(
    api_key="5a8v9ibfff0if0u28v55963i08492bf8",
    base_url="https://api.geoapify.com/v1/geocode/search",
)


