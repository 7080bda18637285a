import pytest

from scanner import detect


@pytest.mark.parametrize("text,expected", [
    ("VT_API_KEY = '9366f873888e26ad2c399b2c57122100544178524e24a46fca5f5e60c98cd9c2'", True),
    ("VT_API_KEY = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'", False),
    ("client = SamsaraClient(api_key='samsara_api_1uzg8zaCiJolU4ZJvbcduzTyB95hVb')", True),
    ("SAMSARA_API_TOKEN = 'samsara_api_$,$apgdH3z7IRLLW6YrL6niswv'", False),
    ("FIRECRAWL_API_KEY = 'fc-f54a33190e2412be3e2766da732bfc5b'", True),
    ("FIRECRAWL_API_KEY = 'fc-8bb7e29cfe1e296d'", False),
    ("client = AyrshareClient(api_key='E86880D4-93BF0DE4-F7C27B89-20F72DD9')", True),
    ("requests.get('https://app.ayrshare.com/v2/status', headers={'Authorization': 'Bearer 1CF1A021-26C4EF06-05943277-58CAC3AB'})", True),
    ("requests.get('https://api.twitch.tv/v2/status', headers={'Authorization': 'Bearer 53borlr2orjljxdug57lplfidtg1mg'})", True),
    ("client = TwitchClient(api_key='3p93odq17n7kr272h56ljg1u8e8sck')", True),
    ("client = DailycoClient(api_key='99b3e76ebb081c811dc5b441e6c2fc310b369ccbd82100e16f859f14169a1114')", True),
    ("PROXYCRAWL_TOKEN = 'llRHjMVF9ylc8sgOYMlp1q'", True),
    ("client = GitterClient(api_key='4767d774e825934e0939e6878a10b405e564fd07')", True),
    ("requests.get('https://api.gitter.im/v2/status', headers={'Authorization': 'Bearer b4736652551c295fb150a34c93001ee144496984'})", True),
    ("GITTER_TOKEN = '{{ .Values.gitter.apiKey }}'", False),
    ("requests.get('https://api.kickbox.com/v2/status', headers={'Authorization': 'Bearer live_459e94383156a61c08c71deff50e95eba22279950ee496266da77cfe78fa67f2'})", True),
    ("client = RapidapiClient(api_key='2ec141605bmshpFYTDjCs6tndv6ae8jsnMtHqYLszWvrlD61bY')", True),
    ("RAPIDAPI_KEY = '20c7ebed6dmshbMKO3Y0Is2UgL6lXojsn5ywJsAPVPE5eOdOd2'", True),
    ("LOB_API_KEY = 'live_19f11469cadde9231e48a00e630d2839ea9'", True),
    ("client = LobClient(api_key='live_7879e6d3825704781ecba2e1c3f4e1974bf')", True),
    ("requests.get('https://www.wrike.com/v2/status', headers={'Authorization': 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNzY1MjI2IiwiaWF0IjoxNzI0NjM1MzI3LCJleHAiOjE3MjcyMjczMjd9.nM9mZTNozpd8hX7hgmsbY1limulQ7BfSGWf2A6BduTQ'})", True),
])
def test_providers_01(text, expected):
    assert bool(detect(text)) is expected
