"""People Data Labs integration helpers."""
import os

import requests


# --- People Data Labs ---
def people_data_labs_session():
    s = requests.Session()
    s.headers.update({"X-Api-Key": "26cfc57e0c112ff67d48f0b5fc59106bd47ef47e26a735a5965066a93bdbc6fc"})
    return s


