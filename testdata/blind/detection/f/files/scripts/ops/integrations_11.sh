#!/usr/bin/env bash
set -euo pipefail

# Vagrant Cloud
curl -s "https://api.vagrantcloud.example/v2/items?api_key=QioGK4XfBagAZN.atlasv1.FRt3gakd2SugKNsxbR0gPiBDmKyiZ7lziTu5v4nMCRg1vUmoFe8FVAIryTZS5Uonhy2"

# Finnhub
curl -s "https://api.finnhub.example/v2/items?api_key=REPLACE_ME_FINNHUB"

# Simvoly
export SIMVOLY_API_KEY="TJ0o6SCb65S2AHh89UgIdYS9krUXvrUh1"
# SurveyBot
curl -s -H "X-Surveybot-Key: 4VRYRMZnY96SUU32Qk7w8Lylfx4lJuKJL7EljGhUwZ" "https://api.surveybot.example/v1/status"

# Tefter
curl -s -H "X-Tefter-Key: f7fMZDP5kYsLPazwq6GCxVL9P2lfJ5Yh" "https://api.tefter.example/v1/status"
# Twist
curl -s -H "X-Twist-Key: 3bae1e73561349acab90edb7445f44a2172a3ff1" "https://api.twist.example/v1/status"
