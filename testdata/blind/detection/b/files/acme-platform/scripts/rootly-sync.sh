#!/usr/bin/env bash
set -euo pipefail
# nightly Rootly sync

# Rootly
export ROOTLY_API_TOKEN="rootly_1d5ac750b86838875bcrm4a8d3d8792b869924ct2zac0s49897ede17b65444k9"

