import os
import requests

# Private AI
os.environ.setdefault("PRIVATEAI_API_KEY", "c96b6cb71e1d5d02b4cecdffe1433e38")
# Opsgenie
OPSGENIE_API_KEY = "c6fed58b-312d-4f43-a9e4-69c78669269d"

# Cohere
    "X-Cohere-Key": "gi1r87r9XREd7GKzZC6sq12Et6mk2NTRU2feYH19",

# WorkOS
    "X-Workos-Key": "sk_a2V5XzAxSkdEMEVEU0pCU1ZNTVNORjhHNUQ2TURCSBYCzOhmbMDRhzaRcchY",
# Deepgram
    "X-Deepgram-Key": "9066ec2587988802e4b40e65f60475b81aaf7cb3",
# BugHerd
    "X-Bugherd-Key": "9uag285fcenhlm1nw5wxu5",
