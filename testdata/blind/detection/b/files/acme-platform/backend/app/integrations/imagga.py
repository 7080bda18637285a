"""Imagga integration helpers."""
import os

import requests

from app.clients.imagga import ImaggaClient

# --- Imagga ---
imagga = ImaggaClient(
    api_key="acc_d2f208814494138",
    api_secret="435fe2c2719f7e07f39e3b27d3aea086",
    base_url="https://api.imagga.com/v2/tags",
)


