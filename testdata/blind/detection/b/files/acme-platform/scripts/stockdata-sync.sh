#!/usr/bin/env bash
set -euo pipefail
# nightly StockData sync

# StockData
export STOCKDATA_API_TOKEN="WOloZ24JohcCLw6ur3kNhNLFh6yd6I3gNSH9ww6n"

