# settings for the legacy Django admin that still fronts the catalogue DB
import os
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "catalogue", "USER": "catalogue",
                         "PASSWORD": os.getenv("CATALOGUE_DB_PASSWORD", ""), "HOST": "pg-cat"}}
