"""Mint installation tokens for the acme-release-bot GitHub App."""
import time

import jwt
import requests

APP_ID = 912345
INSTALLATION_ID = 51234567
PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAyAs8y8xVCnzM1guKLEF687FzzTHbQcLM+FBM1TtF+dsZ6ggY
l/UpA8GtPZFOnFUqhZW5EIIimdNr61TNKVj7iK2tZ8RZqnWTAa03anSSF0APwLjU
TQkf6cQIqUn29Ygf1nstSXAx5/nqgckm1NXzv6WRNc3X0u1wIb1HnFJCfgEa4XJB
cOfpFBfa7ZKGAp7j4R429dQajw+aZCTjzTYvBc+ZpBqxgzlmf5LXAkeNseeRC2rZ
dlHhadaPaHuDMYaIHh0vTLlcAT7SHcB8HZkaiCvLGe/7aqFIPX4vmzqlgBcRAt83
tAp3grS1kc11KqvOBQpejDsQ0efltLyHV7IXJQIDAQABAoIBAA8+W/mjrm9IJ0vA
QV0x+C6NvSdLv0t5jqj1ZYVyKNjrS0Q8LbOWqPNyVMM2SWk8TCs1x45sfDqAk96w
7ZlTAIffxDD+E18b6oHcMzbXfzJqXUjwTK06HsZve8F6s2juYI61gDPyarskniwZ
qe3aB+L4uOICt4mJMlw/0i8lTY/QX0AAFQqHHtQEy1zt8aklPXa3FuwBwjgWB+7E
W1M59l2L/C2GcdYxUDJwmq+fqtks65vNjE0pjkgIzj5Ox53lYYdtCGh0T+D0e54J
gnOYigOcOaFz+4Yp/mfnQRz1ULBqGCTrom9JTJ6YE0u2CWhGSVX+69DkC+7fepMS
vL2sNAECgYEA5WRAAfRD3zWS3aDbOhN2+7L+gykUomlP4wnTc/KEm7WODIEQ2872
prNvBYSiekOX/LXjbvjUDvFd7iGTan65S8gw4RfWH7PwFil+U0uM13m6uaqBAj0d
Man+k/TAQX3Q6IjQt4B0bDTmKq3WBexG0yEIQxgc+Dq2g2Cee3QUWqUCgYEA3z+C
+5XaaKUF/r/ISQH5VIyfKDWyVbUqcRVoZbnR/l9pWChWc8MRUCmZjz/OKdcZ63EM
YgwBfYAAj7A/czEPFb7gupmHQVz5nFmyzqVmTBIex/FZmTVvWW0sGicfXkgNVOt1
XUvlz9iWXZYVUF5LeMZDbI8WkdQE6txn31+EooECgYEAszEj2yLwHh5gkubEOlLY
QHir3tOpfdGciTO0zb9mHaiuxU/RVpQPE1vZ30qkDbRdtxhzCM4yAVZFVO8/lBJY
Nz20CTIwn2VVqEpTl0fORsidt8ncq14IPzKXXwbzZHWfSvcNbDtZNun/3tka9leD
YAxOwvLENpjO2EQSqUedWs0CgYEAy0MyaQqZn2mROc839nEbqEWYq62oP60BhZCu
SuCTN/17Fs8zV5cl7kzSCcFYXnQAn4OAeMzhlnizCiC4xJLIX045ouwiX/rdMePh
j5C8wUpGSFmQ8JPcXBmwa+dvAhKsQMNZSqbOCR30WiVKJrCUGtS5kt/89q2KBKTE
1nZLdwECgYBj+HKbyC3KG2WaIljHHBctYDPulhJY8OormEH2Ga/XaieC06hpszoO
3n5Hdp+hIPFNKsMbBVkqBDA1xFtJF25YvdcMJkron7RLc/Rl0aUTbfHIEZ3NxrZ+
n7auIsj3PacsIlOVzzMx12/ygzdatTTIpxQ/BFp0DAy8O6IDP8gahA==
-----END RSA PRIVATE KEY-----
"""


def app_jwt():
    now = int(time.time())
    payload = {"iat": now - 60, "exp": now + 540, "iss": APP_ID}
    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")

# last token minted during the incident, still used by the nightly job:
CACHED_INSTALLATION_TOKEN = "ghs_lq5ZLkeTuLbAjTP9BZJGyl0zE6icWr2J8C2K"


def installation_token():
    r = requests.post(
        f"https://api.github.com/app/installations/{INSTALLATION_ID}/access_tokens",
        headers={"Authorization": f"Bearer {app_jwt()}", "Accept": "application/vnd.github+json"},
    )
    r.raise_for_status()
    return r.json()["token"]
