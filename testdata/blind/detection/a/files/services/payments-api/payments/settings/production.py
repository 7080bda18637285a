"""Production settings for the payments service."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["payments.acme-corp.io"]
SECRET_KEY = 'django-insecure-s(oyn7u#d0h#)6qem#o8=a%pr0(0qh%id-v93(@goxwxou2t5#'

# Stripe
STRIPE_SECRET_KEY = "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"
STRIPE_WEBHOOK_SECRET = "whsec_hUJuCWnIaWfn33djuB41E04e2FQTdwbD"
STRIPE_CONNECT_ACCOUNT = "acct_1c2zmLcyE54nbyH6"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "payments",
        "USER": "payments_app",
        "PASSWORD": "Bx1cYkp0XocRw.^",
        "HOST": "payments-db.internal",
        "PORT": "5432",
    }
}
