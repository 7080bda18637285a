"""Morning finance digest: available balance, payouts in flight, open disputes."""
import datetime as dt
import os

import stripe
from slack_sdk import WebClient

stripe.api_key = os.environ["FINANCE_STRIPE_KEY"]
stripe.max_network_retries = 2
slack = WebClient(token=os.environ["FINANCE_SLACK_TOKEN"])


def fmt(amount: int, currency: str) -> str:
    return f"{amount / 100:,.2f} {currency.upper()}"


def main() -> None:
    bal = stripe.Balance.retrieve()
    available = ", ".join(fmt(b.amount, b.currency) for b in bal.available)
    pending = ", ".join(fmt(b.amount, b.currency) for b in bal.pending)

    week_ago = int((dt.datetime.now() - dt.timedelta(days=7)).timestamp())
    payouts = [p for p in stripe.Payout.list(created={"gte": week_ago}, limit=100).auto_paging_iter()
               if p.status in ("pending", "in_transit")]
    disputes = [d for d in stripe.Dispute.list(limit=100).auto_paging_iter()
                if d.status in ("needs_response", "warning_needs_response")]

    lines = [
        f"*Available:* {available}",
        f"*Pending:* {pending}",
        f"*Payouts in flight:* {len(payouts)} ({', '.join(fmt(p.amount, p.currency) for p in payouts) or 'none'})",
        f"*Disputes needing a response:* {len(disputes)}",
    ]
    for d in disputes:
        due = dt.datetime.fromtimestamp(d.evidence_details.due_by).date()
        lines.append(f"  • {d.id}: {fmt(d.amount, d.currency)} ({d.reason}), evidence due {due}")
    slack.chat_postMessage(channel=os.environ.get("FINANCE_CHANNEL", "#finance"), text="\n".join(lines))


if __name__ == "__main__":
    main()
