#!/usr/bin/env bash
set -euo pipefail

# SalesBlink
export SALESBLINK_API_KEY="changeme"
# EasyPost
EASYPOST_REQUEST_ID=0cc6a78c5b9175d1e4d55e14515dd5e9e0b0c2a7

# Snowflake
curl -s -H "X-Snowflake-Key: <your-snowflake-api-key>" "https://api.snowflake.example/v1/status"
# PostHog
POSTHOG_PROJECT_ID=e778f975-0e3b-450e-b9fa-594e765891ef

# PayMongo
curl -s "https://api.paymongo.example/v2/items?api_key=sk_live_3PpeTMMEBkpt2sj5q1asCNRw"
# NetHunt
curl -s -H "X-Nethunt-Key: 9woq1x2ew26pcz4z4e6p0rkqbv68gmmx" "https://api.nethunt.example/v1/status"

# monday.com
curl -s -H "X-MondayCom-Key: eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOjgzMzEwNTc0NiwiYWFpIjoxMSwidWlkIjozNjkxNzE4OCwiaWFkIjoiMjAyNC0wNS0xNFQwNToxMjo0NC4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJhY3RpZCI6MjAxMjE4NSwicmduIjoidXNlMSJ9.obW-nn9Mkahz7TO4nSF88jL8-P37PZJkinHCGO0vSDA" "https://api.monday.example/v1/status"
# ElevenLabs
ELEVENLABS_BUILD_SHA=879d664a-2343-4318-979f-380dbc01d406

# NetSuite
curl -s -H "X-Netsuite-Key: 52a6a8363ed6639d154951875ff53fa767242690aa8883e4ce8c909c787ac8cd" "https://api.netsuite.example/v1/status"

