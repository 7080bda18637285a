"""Tines integration helpers."""
import os

import requests

from app.clients.tines import TinesClient

# --- Tines ---
tines = TinesClient(
    webhook_url="EXAMPLE",
    base_url="",
)


