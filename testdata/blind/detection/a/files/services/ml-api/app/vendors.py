"""Third-party integrations used by the background workers."""
import os
import logging

import requests

log = logging.getLogger(__name__)
ETHERSCAN_URL = "https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&apikey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

os.environ.setdefault("TYPEFORM_TOKEN", "tfp_215c326a730c1fcf2b28b7767604d7715618a23a")

WEATHERSTACK_ACCESS_KEY = "20e2454eb851c39e85fa656db78bf756"

YANDEX_OAUTH_TOKEN = "y0_N20e6bhd2Kv3iByRjCuDp32beAIWBHStfdNf9wRzDH0zS9bkf07oOXa"
