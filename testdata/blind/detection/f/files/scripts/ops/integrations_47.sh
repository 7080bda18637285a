#!/usr/bin/env bash
set -euo pipefail

# Algolia
curl -s -H "X-Algolia-Key: 16b1b87b671914b62611fc06c130f5z2" "https://api.algolia.example/v1/status"

# Courier
curl -s -H "X-Courier-Key: {{ .Values.courier.apiKey }}" "https://api.courier.example/v1/status"
# Autopilot
curl -s "https://api.autopilot.example/v2/items?api_key=ff4d4f4535f07aabdf74b5dc8cf785fd"
# Snyk
curl -s -H "X-Snyk-Key: 49b09cd5-83ac-4fb1-9b1c-37a6746bbb6f" "https://api.snyk.example/v1/status"

# Hybiscus
export HYBISCUS_API_KEY="cXpKD9FCTAd73iz5pNEmP1"

# Eden AI
curl -s -H "X-EdenAi-Key: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4Njk1OTczOSIsImlzcyI6ImVkZW5haSIsImlhdCI6MTcyOTQ5MzkzN30.H-BuHrkt_PSF1QF6oSG6JVUAK0sv-fjLQ0X8H81yLEofteGXnGxSKbLzF-xXY6Ny4rtMnqjoLe5TjV1uvj60O1tHzXRZoW3Zz6RN3L6mzkV6O4wS7tunu_oJ7bS7ydd4wYtED6cYwc2ZORF_0xVWim7FjN_N73gbi2pvthxoqLYzGKPhwWDHpatiudII6eXY_T1Qie5eK8_yNg4mqeQ2i6ffdh0HED5BIeZVgJ7rhMw5hL-rveuuNzB4EnMSQEC-KZf7-THVvMnivRbJLpUdXTL62Q43bDxf1pTZrbSABWrk1u0x8gqO3o_zKBeo9JP97XyJB1RD5R-gHFifggFlIA" "https://api.edenai.example/v1/status"

# Alibaba Cloud
curl -s "https://api.alibaba.example/v2/items?api_key=changeme"

# Cicero
export CICERO_API_KEY="cd9d8741ecf289ed10a1941dc246ad8852821ee6"
# NuGet
NUGET_BUILD_SHA=e60d4dd0-10f2-45b8-9c98-7fa3f281d0e3
