"""Django settings for portal project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-u*b3=jmcsm8ykca1)!#375o5qul7+d(=lvsoc%e&bh(!4(nll8'

DEBUG = False
ALLOWED_HOSTS = ['portal.northwind.io']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portal',
        'USER': 'portal',
        'PASSWORD': 'GSHH3561_wfzhum19',
        'HOST': 'pg-portal.northwind.internal',
        'PORT': '5432',
    },
    'replica': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portal',
        'USER': 'portal_ro',
        'PASSWORD': os.environ['PORTAL_RO_PASSWORD'],
        'HOST': 'pg-portal-ro.northwind.internal',
    },
}

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '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'
EMAIL_PORT = 587

AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}},
]
PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']
AWS_STORAGE_BUCKET_NAME = 'nw-portal-media'
AWS_ACCESS_KEY_ID = 'AKIAUX2ILRVUEVQCISUH'
AWS_SECRET_ACCESS_KEY = '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'
