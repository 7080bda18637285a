import requests
WEBHOOK = "https://hooks.slack.com/services/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"
def notify(text):
    requests.post(WEBHOOK, json={'text': text}, timeout=5)
client = WebClient(token="xoxb-91964586834-7420444598273-kv1vG93kz3liuVW2HKvhW51z")
WORKFLOW_HOOK = "https://hooks.slack.com/workflows/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"
EXAMPLE_TRUNCATED = "xoxb-03163188798-0277646035187-MBKLVct82z"
