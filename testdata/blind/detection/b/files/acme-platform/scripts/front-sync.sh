#!/usr/bin/env bash
set -euo pipefail
# nightly Front sync

# Front
export FRONT_API_TOKEN="<your-front-api-key>"

