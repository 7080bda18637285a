"""Collect yesterday's async stand-up thread replies into one digest post."""
import os
import time
from collections import defaultdict

from dotenv import load_dotenv
from slack_sdk import WebClient

load_dotenv()

client = WebClient(token=os.getenv("DIGEST_SLACK_TOKEN"))
SOURCE = os.getenv("DIGEST_SOURCE_CHANNEL", "eng-standup")
TARGET = os.getenv("DIGEST_TARGET_CHANNEL", "eng-leads")


def channel_id(name: str) -> str:
    for page in client.conversations_list(types="public_channel", exclude_archived=True, limit=200):
        for ch in page["channels"]:
            if ch["name"] == name:
                return ch["id"]
    raise SystemExit(f"no public channel #{name}")


_names: dict[str, str] = {}


def display_name(user_id: str) -> str:
    if user_id not in _names:
        profile = client.users_info(user=user_id)["user"]["profile"]
        _names[user_id] = profile.get("display_name") or profile.get("real_name") or user_id
    return _names[user_id]


def main() -> None:
    src = channel_id(SOURCE)
    oldest = time.time() - 24 * 3600
    per_person = defaultdict(list)
    history = client.conversations_history(channel=src, oldest=str(oldest), limit=200)
    for msg in history["messages"]:
        if msg.get("reply_count"):
            replies = client.conversations_replies(channel=src, ts=msg["ts"])["messages"][1:]
            for r in replies:
                per_person[r["user"]].append(r["text"])

    lines = [f"*Stand-up digest for #{SOURCE}*"]
    for uid, texts in sorted(per_person.items(), key=lambda kv: display_name(kv[0]).lower()):
        lines.append(f"• *{display_name(uid)}*: " + " / ".join(t.replace("\n", " ") for t in texts))
    client.chat_postMessage(channel=TARGET, text="\n".join(lines), unfurl_links=False)


if __name__ == "__main__":
    main()
