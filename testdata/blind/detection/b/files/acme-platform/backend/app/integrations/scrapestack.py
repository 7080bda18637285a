"""scrapestack integration helpers."""
import os

import requests

from app.clients.scrapestack import ScrapestackClient

# --- scrapestack ---
scrapestack = ScrapestackClient(
    access_key="8eec166a46c540acac31f2f12d578d66",
    base_url="https://api.scrapestack.com/scrape",
)


