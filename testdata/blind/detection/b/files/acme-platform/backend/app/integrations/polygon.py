"""Polygon integration helpers."""
import os

import requests

from app.clients.polygon import PolygonClient

# --- Polygon ---
polygon = PolygonClient(
    api_key="kFp736L6jkbU2YBfnQlG9mkb2dc9Vy5o",
    base_url="https://api.polygon.io/v2/aggs/ticker/AAPL/prev",
)


