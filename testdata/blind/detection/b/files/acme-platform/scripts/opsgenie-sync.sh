#!/usr/bin/env bash
set -euo pipefail
# nightly Opsgenie sync

# Opsgenie
export OPSGENIE_API_KEY="$(vault kv get -field=value secret/opsgenie_api_key)"

