"""Logzio integration helpers."""
import os

import requests


# --- Logzio ---
def logzio_url():
    return "https://listener.logz.io:8071/?token=OwzOyKmVeMfRpofpTIqdLopTWUMjTyng"


