"""Refund duplicate charges: same customer, same amount, within 10 minutes.

Runs hourly from cron with a restricted key (rk_live_...).
"""
import datetime as dt
import os
from collections import defaultdict

import requests
from stripe import StripeClient

stripe = StripeClient(os.environ["STRIPE_SWEEPER_KEY"])
SLACK = "https://slack.com/api"
WINDOW = dt.timedelta(minutes=10)


def notify(text: str) -> None:
    token = os.environ.get("SWEEPER_SLACK_TOKEN")
    if not token:
        return
    requests.post(
        f"{SLACK}/chat.postMessage",
        headers={"Authorization": f"Bearer {token}"},
        json={"channel": os.environ.get("SWEEPER_SLACK_CHANNEL", "#payments-ops"), "text": text},
        timeout=10,
    ).raise_for_status()


def main() -> None:
    since = int((dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2)).timestamp())
    groups = defaultdict(list)
    for ch in stripe.charges.list(params={"created": {"gte": since}, "limit": 100}).auto_paging_iter():
        if ch.paid and not ch.refunded and ch.customer:
            groups[(ch.customer, ch.amount, ch.currency)].append(ch)

    for (customer_id, amount, currency), charges in groups.items():
        charges.sort(key=lambda c: c.created)
        for first, dup in zip(charges, charges[1:]):
            if dup.created - first.created > WINDOW.total_seconds():
                continue
            customer = stripe.customers.retrieve(customer_id)
            refund = stripe.refunds.create(params={"charge": dup.id, "reason": "duplicate"})
            notify(f"Refunded duplicate {dup.id} ({amount / 100:.2f} {currency.upper()}) "
                   f"for {customer.email}: {refund.id}")


if __name__ == "__main__":
    main()
