import pytest

from scanner import detect


@pytest.mark.parametrize("text,expected", [
    ("HF_TOKEN = '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'", True),
    ("client = HuggingfaceClient(api_key='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')", True),
    ("requests.get('https://huggingface.co/v2/status', headers={'Authorization': 'Bearer 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'})", True),
    ("HF_TOKEN = 'hf_gRGw1kxg'", False),
    ("HF_TOKEN = 'REPLACE_ME'", False),
    ("HF_TOKEN = '${HF_TOKEN}'", False),
])
def test_huggingface_tokens(text, expected):
    assert bool(detect(text)) is expected
