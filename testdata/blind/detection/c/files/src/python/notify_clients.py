from sendgrid import SendGridAPIClient
from twilio.rest import Client
sg = SendGridAPIClient('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')
ACCOUNT_SID = 'ACe86a7ae2a759bd9738b6466c78f2c274'
AUTH_TOKEN = '93d886ddad1287bd0082f14f110bb724'
client = Client(ACCOUNT_SID, AUTH_TOKEN)
API_KEY_SID = 'SK7d55b869bd77007cc6da15509db2445a'
API_KEY_SECRET = 'IlcUahVKBFpX2wDnoeVwgFmUikDIs7pA'
