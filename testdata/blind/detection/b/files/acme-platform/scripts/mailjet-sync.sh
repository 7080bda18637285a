#!/usr/bin/env bash
set -euo pipefail
# nightly Mailjet sync

# Mailjet
export MAILJET_APIKEY_PUBLIC="480515149a4404ba9fdb34dac7147673"
export MAILJET_APIKEY_PRIVATE="3a722a89f5250ad7ced853a005412883"

