#!/usr/bin/env bash
set -euo pipefail
# nightly serpstack sync

# serpstack
curl -fsS "https://api.serpstack.com/search?access_key=53f425094a026293635a12aae8222d3e" | jq .

