import os
import requests

# ChatBot
CHATBOT_TRACE_ID = "3ae320ea-a790-4a8a-a66f-3d3ae2eaa438"
# Zenkit
os.environ.setdefault("ZENKIT_API_KEY", "44fq3ixr-1h2nG1q2GlVIDlBQHXTsQTjwmKjWvTPR")

# Bitbucket
client = BitbucketClient(api_key="ATBBTEnGM8UXmgy3hjGAvcZLoZNGG0nciUai2D76763B")
# Mergify
MERGIFY_TOKEN = "changeme"
# mite
MITE_API_KEY = "YOUR_MITE_TOKEN_HERE"
# PartnerStack
PARTNERSTACK_SECRET_KEY = "zyFEtQdVKDH1cxkZRGHDjwvzOazrRRzxn5cujBcwB49F8eP0zvlniEaOyk6CtBo6"
# MiniMax
os.environ.setdefault("MINIMAX_API_KEY", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NTU4MDk2NiIsImlzcyI6Im1pbmltYXgiLCJpYXQiOjE3MjE4MDQ2MzIsInNjb3BlIjoiYWNjb3VudDpyZWFkIn0.Se74oRxasKfFhNIOBQU_BhD2ySKLs5E5fVh_gV3r0jA")
# Apideck
client = ApideckClient(api_key="sk_live_HN2iF3LDOx2WV4MzzGCSKRy5URqBXoUCf4KIbblFYt2ugK2nPNPmlKSoUi4yoPgxvWS5A5CF")
