import os

import pytest

os.environ.setdefault("OPENAI_API_KEY", "sk-test-not-a-real-key")
os.environ.setdefault("DATABASE_URL", "sqlite://")

TEST_USER = {"email": "alice@example.com", "password": "correct-horse-battery-staple"}


@pytest.fixture
def app():
    from app import create_app

    app = create_app("testing")
    app.config.update(SECRET_KEY="test", WTF_CSRF_ENABLED=False)
    yield app


@pytest.fixture
def auth_header():
    return {"Authorization": "Bearer test-token"}
