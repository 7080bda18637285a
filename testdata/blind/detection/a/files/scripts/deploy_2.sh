#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
curl -fsS -H "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
  "https://person.clearbit.com/v2/combined/find?email=x@acme-corp.io" | jq .

curl -fsS "https://api.dandelion.eu/datatxt/nex/v1?token={{ .Values.dandelion.token }}"

export NETLIFY_AUTH_TOKEN="nfp_vyEGiDenNRHLpRu8YkBFOn9VVDLZGmFebH9QaiqR1GZK1dLIG"

curl -fsS "https://calendarific.com/api/v2/holidays?country=PT&year=2025&api_key=${{ secrets.CALENDARIFIC_API_KEY }}"

export APIFY_TOKEN="<your-apify-token>"
