#!/usr/bin/env bash
set -euo pipefail
# nightly Yelp sync

# Yelp
export YELP_API_KEY="#{api_key}"

