import pytest
from hub.redact import redact

@pytest.mark.parametrize("raw,expected", [
    ("password=hunter2", "password=***"),
    ("amqp://guest:guest@localhost:5672/", "amqp://guest:***@localhost:5672/"),
])
def test_redact(raw, expected):
    assert redact(raw) == expected

def test_fake_token_rejected():
    assert not looks_like_token("sk-ant-api03-XXXXXXXXXXXXXXXXXXXX")

def test_ftp_login(mocker):
    m = mocker.patch("ftplib.FTP")
    m.return_value.login("user", "fake-password")
