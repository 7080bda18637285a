#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
curl -fsS -H "Authorization: Bearer sk_03443ef5ce886fb6752c6ceae114de8d" \
  "https://person.clearbit.com/v2/combined/find?email=x@acme-corp.io" | jq .

curl -fsS "https://api.nal.usda.gov/fdc/v1/foods/search?api_key=Cngsk6f02GWBiOW1ZhS4POGdbE10XbLpLagqp0k2"

curl -fsS -u ":EZAKc874eafcc9fbdee12154e1da8209d9c32755e65867f10a6592f5bb" "https://api.easypost.com/v2/shipments"

export CURRENCYFREAKS_API_KEY="b7a9de94f6ad719e4b5d67a02cc490a2"

export LOB_API_KEY="live_5f53547975750adc89fc1ae02df11f94c66"
