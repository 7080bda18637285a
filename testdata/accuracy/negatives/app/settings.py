import os

from django.core.exceptions import ImproperlyConfigured


def env(name: str, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"{name} is not set")
    return value


SECRET_KEY = env("DJANGO_SECRET_KEY")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
password = os.environ["DB_PASSWORD"]
api_key = config.get("api_key")
token = request.headers.get("Authorization", "").removeprefix("Bearer ")
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
password_hash = hashlib.sha256(raw_password.encode()).hexdigest()
secret_name = "prod/api/credentials"
token_url = "https://oauth2.googleapis.com/token"
access_token = response.json()["access_token"]


def check_password(user, password):
    return user.check_password(password)
