"""SonarCloud integration helpers."""
import os

import requests


# --- SonarCloud ---
SONARCLOUD_TOKEN = "3bc981bh8tfef6y9eec5h56d29b28a5w8m189e19"

def sonarcloud_headers():
    return {"Authorization": f"Bearer {SONARCLOUD_TOKEN}", "Accept": "application/json"}


