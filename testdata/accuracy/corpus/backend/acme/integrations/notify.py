import logging

import requests
from slack_sdk import WebClient
from twilio.rest import Client as TwilioClient

log = logging.getLogger(__name__)

# TODO: move to vault before launch
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
slack = WebClient(token="xoxp-79038928647-38796432651-3946197256758-175d9e8c94dc62751b297be77c200425")

# twilio credentials for SMS fallback
TWILIO_API_KEY = "SK723c441cfb38bb8e574b6e355bf8dacb"
TWILIO_API_SECRET = "c52460c5ce9e29570ff628f7216b508d"

DISCORD_WEBHOOK_URL = "https://discord.com/api/webhooks/6244354933755494018/GdZRhbPSzjecY4BAsZ4bMyry_lU2tpRLM6n5NUNI0iq6OQvFz_EoXtiXTwUxYxdkH09J"
TELEGRAM_BOT = "5831265406:AASBMoiX6n2vWvGUWcuVA1wfTi17X9I_-oG"


def notify_ops(text: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
    requests.post(DISCORD_WEBHOOK_URL, json={"content": text}, timeout=5)
    requests.get(
        f"https://api.telegram.org/bot{TELEGRAM_BOT}/sendMessage",
        params={"chat_id": -1001234567890, "text": text},
        timeout=5,
    )


def page_oncall(number: str, text: str) -> None:
    client = TwilioClient(TWILIO_API_KEY, TWILIO_API_SECRET, "AC4f0c3a9b2e7d1c8a6b5f4e3d2c1b0a99")
    client.messages.create(to=number, from_="+15005550006", body=text)
