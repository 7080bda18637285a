import os
import requests

# Photoroom
client = PhotoroomClient(api_key="27fd4f5feac6549596fc921690767fef8d57f7ae")

# Ditto
    "X-Ditto-Key": "641f7c8b-da42-4c91-b39e-0ecfb5bc350b.2960f51bdbbe66ae3ab9263654c918bad2db09cc",

# Cursor
CURSOR_COMMIT_SHA = "415dac0b-5900-440a-b4ae-760c247f1d42"
# Cicero
os.environ.setdefault("CICERO_API_KEY", "changeme")

# Sourcegraph
client = SourcegraphClient(api_key="sgp_d0cfaa2bddc492bf_7e6562d7359239ed22a7773ec19f79085cd66308")

# ngrok
os.environ.setdefault("NGROK_AUTHTOKEN", "${NGROK_AUTHTOKEN}")
# ChatBot
CHATBOT_API_TOKEN = "3JhZv0qxPVnv8ejtPVTnk72XE4ZeWSZ7"
# Findl
client = FindlClient(api_key="dc618d8b-1df9-4219-874e-1d6e736bf2f0")
# Postmark
    "X-Postmark-Key": "b3bd5ea7-6995-4d2b-a12d-1b54c3a8a00e",
