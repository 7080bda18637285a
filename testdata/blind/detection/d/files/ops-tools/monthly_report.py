import smtplib
from email.message import EmailMessage

import boto3
import requests
from pymongo import MongoClient

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA5AI26DUI5HHU63NA",
    aws_secret_access_key="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",
    region_name="eu-central-1",
)
mongo = MongoClient("mongodb://reporter:Oxx6.VUA6Y8zowqKD3I0ZkQiq0jUdy.@mongo01.lab:27017/events?authSource=admin")

resp = requests.get("https://erp.corp-internal.net/api/v1/invoices?month=last",
                    auth=("report-bot", "Diego0219!"), timeout=30)

msg = EmailMessage()
msg["Subject"] = "Monthly report"
msg["From"] = "reports@kovalenko.dev"
msg["To"] = "management@kovalenko.dev"
with smtplib.SMTP("smtp.office365.com", 587) as smtp:
    smtp.starttls()
    smtp.login("reports@kovalenko.dev", "Onyx-canyon-pioneer-6")
    smtp.send_message(msg)
