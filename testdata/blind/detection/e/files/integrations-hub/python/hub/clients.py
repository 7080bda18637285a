import ftplib
import smtplib
import paramiko
import shopify
from anthropic import Anthropic
from azure.servicebus import ServiceBusClient
from huggingface_hub import HfApi
from ldap3 import Server, Connection
import googlemaps
import digitalocean

ftp = ftplib.FTP("ftp.partner.example")
ftp.login("fabrikam", "Fjord718")

smtp = smtplib.SMTP("smtp.corp.example", 587)
smtp.starttls()
smtp.login("hub@corp.example", "Mocha!Lotus62")

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("app01.corp.example", username="deploy", password="htlF7R9FhGghGs5x")

ldap = Connection(Server("ldaps://dc1.corp.example"), "CN=svc_hub,OU=Service,DC=corp,DC=example", "Poppy2348", auto_bind=True)

claude = Anthropic(api_key="sk-ant-api03-N16OvquPCvWuPh80yZUYi17o_chKahTp1e7Ixq6Kd7KEu_EM8FA8uPm2lxHk6wVUHPmWDGftWJLH4b8dIULri8taHdRRgAA")
bus = ServiceBusClient.from_connection_string("Endpoint=sb://fabrikam-hub.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=cYVWCD/c5LSmzU+iwWRZHA9h6xVi5v+QWGx011uXgjc=")
hf = HfApi(token="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")
gmaps = googlemaps.Client(key="AIza2yz-CzBzlHjmSOk4IeHXKEqa3OdN8_drVhE")
do = digitalocean.Manager(token="dop_v1_142c0aa4b0ae6255d1b181d23a3206c1fb3ae22a6b5fc816538ce65b78e81da8")
session = shopify.Session("fabrikam-shop.myshopify.com", "2024-01", "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")
password_reset_url = "https://hub.corp.example/password/reset"
