from azure.storage.blob import BlobServiceClient
ACCOUNT_URL = "https://acmeprodfiles.blob.core.windows.net"
service = BlobServiceClient(account_url=ACCOUNT_URL, credential="Vl6dgMWajE0JRSSfpbz2j1Oi2XWxHIFb49/UbnFT8AQ6E7KqXhVfZOBvcb/ZL+8pyIvRSaq9bzGYbNrmwaE81A==")

for c in service.list_containers():
    print(c.name)

from azure.identity import ClientSecretCredential

cred = ClientSecretCredential(
    tenant_id="73dfbcad-c102-454f-b7a8-ca06384644a1",
    client_id="7c951084-b14c-4aab-bb7e-0f21f22b62b8",
    client_secret="cKV2Q~Wwb1XmkuK4.w7v4RR2~-1PwV1dk1hOWuVH",
)
