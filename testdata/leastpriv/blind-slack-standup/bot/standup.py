"""Post the daily stand-up thread in every channel the bot was added to, and attach
yesterday's on-call report to the thread."""
import datetime as dt
import logging
import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger("standup")
client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])


def member_channels():
    cursor = None
    while True:
        resp = client.conversations_list(
            types="public_channel,private_channel",
            exclude_archived=True,
            limit=200,
            cursor=cursor,
        )
        for ch in resp["channels"]:
            if ch.get("is_member"):
                yield ch
        cursor = resp.get("response_metadata", {}).get("next_cursor")
        if not cursor:
            return


def display_name(user_id):
    profile = client.users_info(user=user_id)["user"]["profile"]
    return profile.get("display_name") or profile.get("real_name") or user_id


def post_standup(channel, on_call_user, report_path):
    today = dt.date.today().strftime("%A %d %B")
    msg = client.chat_postMessage(
        channel=channel["id"],
        text=f":sunrise: Stand-up for {today}. On call: {display_name(on_call_user)}. Reply in thread!",
    )
    client.reactions_add(channel=channel["id"], name="eyes", timestamp=msg["ts"])
    if os.path.exists(report_path):
        client.files_upload_v2(
            channel=channel["id"],
            thread_ts=msg["ts"],
            file=report_path,
            title="On-call report",
            initial_comment="Yesterday's on-call report",
        )


def main():
    on_call = os.environ["ONCALL_SLACK_USER"]
    for channel in member_channels():
        try:
            post_standup(channel, on_call, "reports/oncall.md")
        except SlackApiError as e:
            log.warning("skipping #%s: %s", channel["name"], e.response["error"])


if __name__ == "__main__":
    main()
