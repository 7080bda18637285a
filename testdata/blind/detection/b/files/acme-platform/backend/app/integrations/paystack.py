"""Paystack integration helpers."""
import os

import requests


# --- Paystack ---
PAYSTACK_SECRET_KEY = "sk_live_befeb8393dabb9bdc8c3a5064585d80c6c8016f1"

def paystack_headers():
    return {"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}", "Accept": "application/json"}


