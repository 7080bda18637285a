#!/usr/bin/env bash
set -euo pipefail
# nightly Linear sync

# Linear
export LINEAR_API_KEY="lin_api_DKF6PbP2UFkQGz6jFeoatP1hYEMhyxqWFFWOylJC"

