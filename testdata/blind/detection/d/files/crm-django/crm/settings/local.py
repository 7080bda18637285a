from .base import *  # noqa

DEBUG = True
SECRET_KEY = "django-insecure-local-dev-only"
DATABASES["default"].update({"HOST": "localhost", "USER": "postgres", "PASSWORD": "postgres"})
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
