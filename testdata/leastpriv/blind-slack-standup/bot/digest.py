"""Weekly digest of messages that mention an incident ticket, posted by the bot.

Search is only available to user tokens, so the search runs with a user token and the
post goes out with the bot token."""
import os

from slack_sdk import WebClient

searcher = WebClient(token=os.environ["SLACK_USER_TOKEN"])
bot = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

DIGEST_CHANNEL = os.environ.get("DIGEST_CHANNEL", "C0123456789")


def incident_mentions(days=7):
    hits = []
    page = 1
    while True:
        resp = searcher.search_messages(query=f"INC- during:{days}d", sort="timestamp", count=100, page=page)
        matches = resp["messages"]["matches"]
        hits.extend(matches)
        if page >= resp["messages"]["paging"]["pages"]:
            return hits
        page += 1


def main():
    hits = incident_mentions()
    lines = [f"• <{m['permalink']}|{m['channel']['name']}>: {m['text'][:120]}" for m in hits[:25]]
    bot.chat_postMessage(
        channel=DIGEST_CHANNEL,
        text=f"*Incident mentions this week* ({len(hits)})\n" + "\n".join(lines),
        unfurl_links=False,
    )


if __name__ == "__main__":
    main()
