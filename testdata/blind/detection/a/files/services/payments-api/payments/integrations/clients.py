"""Third-party integrations used by the background workers."""
import os
import logging

import requests

log = logging.getLogger(__name__)

def fetch_coinapi():
    resp = requests.get(
        "https://rest.coinapi.io/v1/exchangerate/BTC/USD",
        headers={"X-CoinAPI-Key": "32975179-8292-484E-B9EA-09913B764B21"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()

os.environ.setdefault("BUDDYNS_API_KEY", "d0b56dd0ddd00040cf65207cf1577d1356789437")

client = Groq(api_key="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")

os.environ.setdefault("SQUARE_APP_SECRET", "sq0csp-4Me9bUHkMrXc6ZMPbsEm6z4fOAwCN7QtT3LUov_b9WS")

def fetch_asana():
    resp = requests.get(
        "https://app.asana.com/api/1.0/users/me",
        headers={"Authorization": "Bearer 2/6335260393353232/9439180954960107:26f72f3959e5a9b54ea26dda38f15d84"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
