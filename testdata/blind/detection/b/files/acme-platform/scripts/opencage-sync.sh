#!/usr/bin/env bash
set -euo pipefail
# nightly OpenCage sync

# OpenCage
export OPENCAGE_API_KEY="da68ea9a76f461c2d480576d63e99693"

