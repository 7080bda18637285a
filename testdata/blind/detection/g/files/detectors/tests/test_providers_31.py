import pytest

from scanner import detect


@pytest.mark.parametrize("text,expected", [
    ("requests.get('https://api.mailgun.net/v2/status', headers={'Authorization': 'Bearer key-18b8b3ce0f1b4782d948f0dde70d8b8d'})", True),
    ("client = MailgunClient(api_key='key-24f9b58e9bda635dab1287dc6c8ff897')", True),
    ("requests.get('https://drone.acme.dev/v2/status', headers={'Authorization': 'Bearer Kk4fgLtgoqGIYI9MPB87rBqYB2xtTjrH'})", True),
    ("client = DroneciClient(api_key='gTL0tsjNCYlgpIrTjrzStRl96V6vjYwD')", True),
    ("INTRINIO_API_KEY = 'pyaVQNjFmAjVrZUrbwc_QhWIWg5uVwHwqPPqro9FKW-9'", True),
    ("MUX_TOKEN_SECRET = 'fduwGzvbc1FGfuPO+CA/3j1vWkxpHjEP2ywZFq6zwBGSeQs1DOWn6cp2cSAhcmUyJF676sSiSY6'", True),
    ("MUX_TOKEN_SECRET = '<your-api-key>'", False),
    ("requests.get('https://api.deepai.org/v2/status', headers={'Authorization': 'Bearer c8f53049-fa74-4cd0-af26-5d4796b9f123'})", True),
    ("DEEPAI_API_KEY = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'", False),
    ("CC_TEST_REPORTER_ID = 'b775aba3935d0f29701ec5b3b7707d7bdb6f86d1070eb2a0d5350155cdb47e23'", True),
    ("requests.get('https://api.codeclimate.com/v2/status', headers={'Authorization': 'Bearer 3b0ca3b785b5670232942a0d56a93509f6ecbccc6ffdcb0bf04f75264b1aadc6'})", True),
    ("CC_TEST_REPORTER_ID = '{{ .Values.codeclimate.apiKey }}'", False),
    ("CLOUDFLARE_API_TOKEN = '9UTg2VH6LNaIgJ9Z11RTbLzk-kib9D-Srw533692'", True),
    ("CLOUDFLARE_API_TOKEN = '<insert token>'", False),
    ("TESTINGBOT_SECRET = 'e3231c91758856a4cecd9967cfea672b'", True),
    ("FASTLY_API_TOKEN = 'T6APtAGXtrwrhGpwKesr1s7qly7SYdpW'", True),
    ("requests.get('https://www.meistertask.com/v2/status', headers={'Authorization': 'Bearer JsYAbf1kjq7QUyN9kJKio9w8ze8Y3IsbvXvfEldUCTb'})", True),
    ("FINAGE_API_KEY = 'API_KEYJKSVZF3Y0BDDFRIX06B7UL9R904AHN'", True),
    ("requests.get('https://pixabay.com/v2/status', headers={'Authorization': 'Bearer 91496633-0d5c0ea6ff92381e6e82f4066'})", True),
])
def test_providers_31(text, expected):
    assert bool(detect(text)) is expected
