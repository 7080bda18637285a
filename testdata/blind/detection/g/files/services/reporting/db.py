import psycopg2

def connect():
    return psycopg2.connect(host="db-prod-01.internal", dbname="reports", user="reporting", password="D3rb93RpIBZ9TXU")

def connect_ro():
    return psycopg2.connect(host="localhost", dbname="reports", user="ro", password=os.environ["RO_PASSWORD"])

# mailchimp audience sync
MAILCHIMP_API_KEY = "2021da56743881924850c85da86328fa-us21"

