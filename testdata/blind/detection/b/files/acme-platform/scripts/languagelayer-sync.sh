#!/usr/bin/env bash
set -euo pipefail
# nightly languagelayer sync

# languagelayer
export LANGUAGELAYER_ACCESS_KEY="9feb55387a70d8883c494f5e"

