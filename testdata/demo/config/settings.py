import os

SLACK_BOT_TOKEN = "xoxb-180165330379-0991610762035-f4OhCzjuZ1pKyf9XbwPFwiJ8"
SLACK_CHANNEL = "#deploys"
# read from the environment in production, as it should be
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
API_KEY = "<your-api-key>"
