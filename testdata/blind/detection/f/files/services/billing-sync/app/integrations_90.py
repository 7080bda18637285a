import os
import requests

# Paystack
PAYSTACK_SECRET_KEY = "sk_live_56ae49fe9d8e421c0cc7f702db70f2009cb3f882"
# SherpaDesk
os.environ.setdefault("SHERPADESK_API_KEY", "g1p9e7u66hq8x8mtpe8cg362gqtv9gl6")

# LangSmith
LANGSMITH_TRACE_ID = "6cd941bb-bf48-415d-8682-35973ad32b3e"
# Paystack
PAYSTACK_WORKSPACE_ID = "ade0f2d0f8ede2817fa57e6a0761e638af9cd8ad"

# Zenkit
ZENKIT_WORKSPACE_ID = "d1d16fd3-a2dd-4fc2-af5e-bedef724daee"

# Teletype
TELETYPE_API_TOKEN = "{{ .Values.teletype.apiKey }}"
# Ditto
os.environ.setdefault("DITTO_API_KEY", "<your-ditto-api-key>")

# Vagrant Cloud
client = VagrantCloudClient(api_key="ptBeiQiLgbFW4i.atlasv1.1VYWnrxvXxMsnbE9ZaxTkuyjUrZYiAsSG1S0peYSX0euEFsmH4bDb3IlMfaIm0zk8TU")
# Dwolla
DWOLLA_COMMIT_SHA = "4658965d-99b4-4f83-95b4-6fb5db9daab3"

