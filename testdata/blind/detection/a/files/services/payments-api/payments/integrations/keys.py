"""Key loading helpers: every key comes from the secret manager."""
import os

from .vault import vault
stripe_key = vault.read("secret/payments/stripe")["secret_key"]
twilio_token = os.environ["TWILIO_AUTH_TOKEN"]
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY", "")
datadog_api_key = get_key('datadog')
openai_api_key = settings.OPENAI_API_KEY
aws_secret_access_key = session.get_credentials().secret_key
github_token = load_token(path='~/.config/gh/hosts.yml')
slack_bot_token: str | None = None
api_key = kms.decrypt(ENCRYPTED_MAILGUN_KEY)
password = getpass.getpass('Password: ')
