"""Sportmonks integration helpers."""
import os

import requests

from app.clients.sportmonks import SportmonksClient

# --- Sportmonks ---
sportmonks = SportmonksClient(
    api_token="BxJSIOt76Gb9uLz3D0ODEgY1dxyn2QLrFJcaV6lBEvpGGQnzelk4xN6fM7KP",
    base_url="https://api.sportmonks.com/v3/football/fixtures",
)


