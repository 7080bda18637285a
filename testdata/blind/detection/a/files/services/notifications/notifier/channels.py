"""Third-party integrations used by the background workers."""
import os
import logging

import requests

log = logging.getLogger(__name__)
os.environ.setdefault("LD_API_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

SENDBIRD_API_TOKEN = "f87cc31fe10f1e9aa634f592ba2ebcaf4e749500189a3d5"

os.environ.setdefault("LINKEDIN_CLIENT_SECRET", "${LINKEDIN_CLIENT_SECRET}")

JIRA_API_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

DELIGHTED_AUTH = ("api", "{{ delighted_api_key }}")
