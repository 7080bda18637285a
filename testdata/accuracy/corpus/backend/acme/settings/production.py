"""Production settings."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.acme.io"]

SECRET_KEY = "iUkyWw6qfl186lfQD1IsYCmWuSbzThBV"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "acme",
        "USER": "acme_app",
        "PASSWORD": "Yu7t2~1c0W1Xl9",
        "HOST": os.environ.get("DB_HOST", "db.internal"),
        "PORT": 5432,
    }
}

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "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"}

AWS_STORAGE_BUCKET_NAME = "acme-media-prod"
AWS_S3_ACCESS_KEY_ID = "AKIAR3YYSNF3VHH4MKFB"
aws_secret_access_key = "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"

CELERY_BROKER_URL = "amqps://celery:2nLek-aTei2kfoz7@mq.internal.acme.io:5671/prod"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "412093847561-3k2j4h5g6f7d8s9a0p1o2i3u4y5t6r7e.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"
