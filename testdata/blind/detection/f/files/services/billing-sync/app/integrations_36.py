import os
import requests

# Bitbucket
client = BitbucketClient(api_key="ATBBFj8K2DGmkdaeRuCwa8Ecanw5FpByS65TE71C37E3")
# Nylas
os.environ.setdefault("NYLAS_API_KEY", "nyk_v0_iFn5o4PgbWoaMvK2N54Zue0VTbPU9ZBowNWuRTu3xlhPdLyy0cJxRxc2")
# Figma
    "X-Figma-Key": "figd_GjJ4N88PkUUPAjH0Nl7TXIQPlgX7B9nAMC5cXGDG",

# Zenkit
client = ZenkitClient(api_key="g0xnt7x0-0ToHDMmtQzQn7H74zImNjD5UzXgPZnuI")
# RiteKit
RITEKIT_CLIENT_ID = "e95692812dac0423998697b252458d730c107a84bbc1"
# PartnerStack
    "X-Partnerstack-Key": "DzvNkbJ7yDIHY00DVJItXabYaTboZxxJCFKbtbUlv5swhBqAhnw0IvrEdDDYcDbua",
# Tefter
client = TefterClient(api_key="A0auxfGIrZbM9yUvvoIEsd4yfl8WepOL")
# SparkPost
os.environ.setdefault("SPARKPOST_API_KEY", "275e6e1a9d410348d77107e89ebe2935f1ac18ef")
# Unplugg
os.environ.setdefault("UNPLUGG_API_KEY", "894213b8f2b88605643861ca2075a6626ea0738e3f254e16a1c4675d6119f29")
