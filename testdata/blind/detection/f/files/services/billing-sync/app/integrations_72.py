import os
import requests

# Square
client = SquareClient(api_key="EAAAZcxnXEH5bK1Rj6Vrpsz1H3qSXIsEUYcKb-7hHCP0bz8BZXbxdboNh99m_0HA")
# FullStory
FULLSTORY_API_KEY = "na1.FwaQKd5rHC1sLYrgyfX2QpM3pKyVgKDkp6Bisy1M+kgWxsyKI35RktCEVXejBJ0fgLScYjV6sPpXhtiz"
# Dyspatch
DYSPATCH_API_KEY = "ZDX427QA74XQV0FMUZMT1KYA33559CLBBKFLHYP0WWJP3S0P4I9X"
# D7 Networks
D7_API_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NjM2MDI3MSIsImlzcyI6ImQ3bmV0d29ya3MiLCJpYXQiOjE3NDc1NjE1MDAsInNjb3BlIjoiYXBpIn0.wr3qP5wGut9A_wOWLd5t0DGqyEBr-suGzFy0vWi_Sfeo3eokPsgrZF-6lBAH2otSrSXkO6YY5k8ecU4UuK8lLcF3XRYeAQhjdqzK6kvZgY4hkUCp-VR6sPJ1CqCjI2bw0_Or4zcsaQDjuufkMqJVOrSvWW1AM8fNulzYUB-u7_ZgeUl_dFmEbNs-pHK3vvlKgeCP36NhpQiCBjnDeZw3-7wKc0mVqWvofgOnkUEvANWhlMCVDSwaSCQ7afeLm282bwTAbQTg1i7qeFgTpJmp-Lh0nYbeZljYznEOoYx53wiBzTRHOOf6wFj4EBT2wW5g8TmRVNcP7nIjrpKA3ixOzA"
# Kanban Tool
KANBANTOOL_API_TOKEN = "MUO1Y3XQIXAM"
# RiteKit
client = RitekitClient(api_key="1f6f5e0910017fbacf4e0fd8dcb6bb5b92c8a66d2ea4")
# Okta
    "X-Okta-Key": "${OKTA_API_TOKEN}",

# Greptile
os.environ.setdefault("GREPTILE_API_KEY", "DesQGWe5R8LI5kKVQgrU4ANf2doAWqzQ-QqNs5GEuEFS")
# Heroku
    "X-Heroku-Key": "HRKU-AAsaK_iW5vmEzsuWynvXQtX5qPvsr1FiEuquPAR7XqCkFWhVaItqHXnBlX76",
# Lob
os.environ.setdefault("LOB_API_KEY", "live_5fbdd4209b676124cfbd572156e80a32c4a")

