#!/usr/bin/env bash
set -euo pipefail
# nightly IP2Location sync

# IP2Location
export IP2LOCATION_API_KEY="5WDV5RK7O1NU0BOH9ANGJN1XHHRSQNQ9"

