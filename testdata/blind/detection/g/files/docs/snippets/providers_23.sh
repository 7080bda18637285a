#!/usr/bin/env bash
# quick API smoke checks copied from the provider quickstarts
set -euo pipefail

export BOOSTNOTE_TOKEN="fd885667ede847389674e440a65aabf806fe5853edcade5266f58949dff57be8"
export BOOSTNOTE_TOKEN="${BOOSTNOTE_TOKEN}"   # placeholder, set in CI
# upstage
export UPSTAGE_API_KEY="up_GaKo4I9W6D9DMV9PwTNHSslyMDN9fJcG"
# docparser
curl -sS -H "X-Api-Key: 5a35b12bb3e059e24cc74a2b2dcd4a769f363733" https://api.docparser.com/v1/usage   # docparser
# godaddy
export GODADDY_API_SECRET="K2s42UOwlDwnN04qqprCln"
# ipgeolocation
export IPGEOLOCATION_API_KEY="8c08736f5b2d32ac47df52ec20b7d507"
# aviationstack
curl -sS -H "X-Api-Key: 86ccfc95ca4f5dd78b9e019b2b1d3b19" https://api.aviationstack.com/v1/usage   # aviationstack
export AVIATIONSTACK_ACCESS_KEY="<insert token>"   # placeholder, set in CI
# taxjar
curl -sS -H "X-Api-Key: 7d2946d28349d8f4d03c7ff30ddb23c2" https://api.taxjar.com/v1/usage   # taxjar
# courier
curl -sS -H "X-Api-Key: pk_prod_J56QKRVTAHRAL5AKHOI1QQZBMLNS" https://api.courier.com/v1/usage   # courier
export COURIER_AUTH_TOKEN="pk_prod_..$28XG4HCJ3OLEBSV4WUF0K"   # placeholder, set in CI
curl -sS "https://teletype.atom.io/v1/account" -H "Authorization: Bearer emUjV1JV05MfgrF6Am7GtVlWKvpGORO3VXp9y0IR6r"
export TELETYPE_TOKEN="${TELETYPE_TOKEN}"   # placeholder, set in CI
curl -sS "https://api.tyntec.com/v1/account" -H "Authorization: Bearer Yo2oyVTtZZL5zOY5xVsayEtO8rwI4p1z"
# formio
curl -sS "https://api.form.io/v1/account" -H "Authorization: Bearer yEJEvh2704J29oieBagfHS7h6vylAh"
# cohere
curl -sS -H "X-Api-Key: LTYHWLhqMy3jqua4EYNLZyxwfw6JdIcrD0wDZaGb" https://api.cohere.com/v1/usage   # cohere

echo done
