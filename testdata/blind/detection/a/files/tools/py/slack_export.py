from slack_sdk import WebClient

# user token: needed for conversations.history on private channels
client = WebClient(token="xoxp-63080984568-162533008762-3021933513038-fd2b1c683c21aa950383794a73abd5c5")

resp = client.conversations_list(types="private_channel", limit=200)
for ch in resp["channels"]:
    print(ch["id"], ch["name"])

# bot token placeholder for the public export:
BOT = "xoxb-"
