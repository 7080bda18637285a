#!/usr/bin/env bash
# quick API smoke checks copied from the provider quickstarts
set -euo pipefail

curl -sS "https://api.openai.com/v1/account" -H "Authorization: Bearer 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"
curl -sS -H "X-Api-Key: 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" https://api.openai.com/v1/usage   # openai
export OPENAI_API_KEY="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"
export OPENAI_API_KEY="sk-proj-CyVCNKFuzzpzNia_aP-0m-Ul-ODjqDxOJ1taP1Sq"   # placeholder, set in CI
export OPENAI_API_KEY="sk-..."   # placeholder, set in CI
export OPENAI_API_KEY="<OPENAI_API_KEY>"   # placeholder, set in CI

echo done
