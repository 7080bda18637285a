"""Moralis integration helpers."""
import os

import requests


# --- Moralis ---
MORALIS_API_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJub25jZSI6IjUzYjgwN2U3LTJlYjktNGY3Yy1iNmM2LTY0YWUxMWEwZThkMSIsIm9yZ0lkIjoiMjY2NTUwIiwidXNlcklkIjoiMjU2ODg2IiwidHlwZUlkIjoiNzdmOGMxODctZDk0ZS00MzY5LWI5ODgtMmVhMDFiMWE2ZTBhIiwidHlwZSI6IlBST0pFQ1QiLCJpYXQiOjE3MzUwNjA3MTh9.FuA8VkkUWbbwt3rwSgE9VWW0RcRgpwnvL-EN-NEQX-g"

def moralis_headers():
    return {"X-API-Key": f"{MORALIS_API_KEY}", "Accept": "application/json"}


