#!/usr/bin/env bash
# quick API smoke checks copied from the provider quickstarts
set -euo pipefail

curl -sS "https://app.terraform.io/v1/account" -H "Authorization: Bearer ou5G09UrUqRLtV.atlasv1.wwTq97ZR4TFX5XYKM75XJE2nmTWsHJ0elQ5qFelKUIotG094gs0LYqnGPtg5lpTNz1X"
export TFE_TOKEN="example-key-not-real"   # placeholder, set in CI
curl -sS "https://api.apify.com/v1/account" -H "Authorization: Bearer apify_api_g2VVrU5gSB5YMLld6V9kw9jRYgIjGRRkMUpb"
export APIFY_TOKEN="apify_api_zEEw4J0fzDerxkvTnb1VW8F18GStGWdOXxTK"
export APIFY_TOKEN="TODO-set-in-vault"   # placeholder, set in CI
export GUMROAD_ACCESS_TOKEN="FDCOOliGtrA7AsGxIuLObtPZcOOS_wL7aJPbLiOSIs6"
# gumroad
curl -sS -H "X-Api-Key: ltFYhq99XUW1eL6O85WRqiqYisQyKxjkKmEk4JtVsmS" https://api.gumroad.com/v1/usage   # gumroad
curl -sS -H "X-Api-Key: f4a9e3bd7ba326db1d21a0db8cffadce" https://api.openweathermap.org/v1/usage   # openweather
curl -sS "https://api.openweathermap.org/v1/account" -H "Authorization: Bearer b15e4909b6d3cf6d001e49f3a79b0b6f"
# segment
export SEGMENT_WRITE_KEY="h6VoRPNu6HlzbeR0eMRjs2uTWiETd9EG"
# segment
curl -sS "https://api.segment.io/v1/account" -H "Authorization: Bearer x3550DTkEB7kS9X2Ruf01XJKa84fc1M4"
export SEGMENT_WRITE_KEY="YOUR_API_KEY_HERE"   # placeholder, set in CI
export AIVEN_TOKEN="O6/qvCIKwcey04cok5hiSmw8ikM0qRYjlR6d42tX/YKzzdNEKjNUnaKQ+N9hv2YZ9Vzw9j3aWJqJoqEhBOZjM12WcTZMyQbmXRO28L3htdFNtDc8S5W/fZiScNqFSEc/zrOWm5T8weiUo+9w60V3IdEVuRu4xXHb9gvIGZDr686fMetb+KHlZbPDKqC/NTyvoQb7u6Zk"
curl -sS -H "X-Api-Key: 0d48cZXAc0Sh/NRuc3DCa9ZHCD3bVP5+rb/WvQ1VU8wTp0GM2SJTtcGkmSc+UvC9SaNPMtR4oofqQ7Zw2W1+kbmbaC3bF2PKB6ikoMng7vhOzn1nkJA+IpjYBGWcxy9ph1U523w4kSY1WN1+JGlZou62zhrl4EXHPmr/EUQ6PcdEm0XHr5Wgm5SXn5pX/PFYahRTmYF7" https://api.aiven.io/v1/usage   # aiven
export AIVEN_TOKEN="YOUR_API_KEY_HERE"   # placeholder, set in CI
export MATTERMOST_TOKEN="bwy7t3kslf29wuob85rj89xhbo"
# mattermost
curl -sS "https://chat.acme.dev/v1/account" -H "Authorization: Bearer 308bzipe9eucz5yq41wouiheq3"
# helpscout
curl -sS "https://api.helpscout.net/v1/account" -H "Authorization: Bearer 0snH4u66B6LZEAyFPEqPo2c4v0YuM2a8"
# clickup
curl -sS -H "X-Api-Key: pk_95561585_DFDPFRFVUX6UXQX4GTOEUVZKHONSYZLD" https://api.clickup.com/v1/usage   # clickup
export CLERK_SECRET_KEY="sk_live_gNtoehW86BIKdfkgwd3u09X5D5CoY99kIyCb7Ye0"
curl -sS "https://api.paperform.co/v1/account" -H "Authorization: Bearer pRHjXAqLHsjBFmhPNeVuxnpz1sfwmafaC7qWvtzLvzK.I3R5sev-lLM2AC0Rf9lrgg2p-wSFT4LHDx-G8GxkaE6"
# paperform
curl -sS -H "X-Api-Key: aY9EZ735sMbNFQobcxLPZA9PIxa9Ovz2xlmcVxf7bSX.hV6ptTa0amEus8bfXVIVGE4uYScBsQsbelCeUZZKjkH" https://api.paperform.co/v1/usage   # paperform
# surveysparrow
export SURVEYSPARROW_TOKEN="jaTtb8M-axtYnsY7rqXz_M8SfWRrkUib2NLqXYwhW6H3Fubtm5Hq-py5gOKHJvuC"
# surveysparrow
curl -sS -H "X-Api-Key: 5AWZqPG4DCvQxOoAbHmhfQ7o_JYI1dF11Y6GBWqCtmcOYF82Vxi9uKeX0GZ9KWWU" https://api.surveysparrow.com/v1/usage   # surveysparrow

echo done
