from twilio.rest import Client
ACCOUNT_SID = "ACd595e13529b9b993ff51981cb2275680"
AUTH_TOKEN = "8730178f4280920bdbd5772a27149f8c"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send(to, body):
    return client.messages.create(to=to, from_="+15017122661", body=body)
