"""NVIDIA integration helpers."""
import os

import requests


# --- NVIDIA ---
def nvidia_session():
    s = requests.Session()
    s.headers.update({"Authorization": "Bearer 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"})
    return s


