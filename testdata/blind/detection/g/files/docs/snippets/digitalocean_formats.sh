#!/usr/bin/env bash
# quick API smoke checks copied from the provider quickstarts
set -euo pipefail

curl -sS "https://api.digitalocean.com/v1/account" -H "Authorization: Bearer doo_v1_be177d53f01d7da095e68ba3e0bdd24bf9acfb481100f9f241bc03ccc2083395"
curl -sS -H "X-Api-Key: doo_v1_05811639dd05dc2b2fc5f81a73fd5b219f86e481023ba385e6d5332263199607" https://api.digitalocean.com/v1/usage   # digitalocean
export DIGITALOCEAN_TOKEN="dop_v1_3ceaf820a3b422eb2d17818ef40d40c8a26725ad6d702b7d4ddc10a054f97588"
export DIGITALOCEAN_TOKEN="dop_v1_5v9KyYy2"   # placeholder, set in CI
export DIGITALOCEAN_TOKEN="xxxxxxxxxxxxxxxx"   # placeholder, set in CI

echo done
