#!/usr/bin/env bash
# monthly cost report (needs an ADMIN key)
OPENAI_ADMIN_KEY="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"
curl -s "https://api.openai.com/v1/organization/costs?start_time=$(date -d '-30 days' +%s)" \
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" | jq '.data[].results'

# Anthropic org usage
curl -s https://api.anthropic.com/v1/organizations/usage_report/messages \
  -H "x-api-key: sk-ant-admin01-06vR9Wot51Jwny83vClxtiBvbLbht_6fdtAWlJWfS8OaN9zvKUuXKjTkGAtkcIz-7HVkSs25v-OOtQI8rhYYGjoxwGk2iAA" \
  -H "anthropic-version: 2023-06-01"
