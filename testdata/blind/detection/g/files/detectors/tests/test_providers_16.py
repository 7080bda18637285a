import pytest

from scanner import detect


@pytest.mark.parametrize("text,expected", [
    ("client = TlyClient(api_key='oQ0pQitrttA8w4Niq5ynD0xM0XE7sVPdHWMjEDv54u9JSzvfgKFVVNe87IWW')", True),
    ("requests.get('https://api.scrapfly.io/v2/status', headers={'Authorization': 'Bearer scp-live-35bb18b8daf9bcf80747fc6834fb632f'})", True),
    ("requests.get('https://api.logz.io/v2/status', headers={'Authorization': 'Bearer 9926d084-f4df-43cf-bfaa-ac9db88e4994'})", True),
    ("LOGZIO_API_TOKEN = '<your-api-key>'", False),
    ("requests.get('https://api.monkeylearn.com/v2/status', headers={'Authorization': 'Bearer 1eabc15e0bcc58cec0802802475e5a6519bd749c'})", True),
    ("client = ConvertkitClient(api_key='dpMc7INkV0FwUgCXIEe-x0QAW1as-i6rWtmG8aZnoEB')", True),
    ("client = BitbucketClient(api_key='ATBBrxGsx4cqu3n8Kvj8jVtDpucBCPeDFB782CBD')", True),
    ("requests.get('https://api.bitbucket.org/v2/status', headers={'Authorization': 'Bearer ATBBMGPzllWha9OvWWLvIpRgvWMnjyUm6AEF4864'})", True),
    ("BITBUCKET_APP_PASSWORD = 'ATBB;.~V9mLe4FPjHl1x732z4u0pQl0r7DD4'", False),
    ("requests.get('https://splunk.acme.internal/v2/status', headers={'Authorization': 'Bearer FA31E934-8F30-413D-8EED-7325ADACDBBF'})", True),
    ("SPLUNK_HEC_TOKEN = '%(SPLUNK_HEC_TOKEN)s'", False),
    ("ROOTLY_API_TOKEN = 'rootly_4afbabe79ac1c82e0269d40da56cc2aa85eb407d0d36b6eb49e0cedbff09f905'", True),
    ("ROOTLY_API_TOKEN = '<your-api-key>'", False),
    ("requests.get('https://api.groq.com/v2/status', headers={'Authorization': 'Bearer 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'})", True),
    ("client = GroqClient(api_key='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')", True),
    ("client = BitlyaccesstokenClient(api_key='c8063aafe82c359321bab84b6960264289ea1717')", True),
    ("GITLAB_FEED_TOKEN = 'glft-KuZWRiVWJAuY0x-SV-3v'", True),
    ("client = NightfallClient(api_key='NF-dR5Tkhym7N2Rrwuy6SKDfg0mhrIzB9cw')", True),
])
def test_providers_16(text, expected):
    assert bool(detect(text)) is expected
