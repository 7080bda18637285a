import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-w39+a7fkd0fn9bhcc=21=t+hledx1o1)l7%b)tevxp24tu@vl='
DEBUG = False
ALLOWED_HOSTS = ['shop.acme.io']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop_app',
        'PASSWORD': '56Oy!V7gBA+Al6n',
        'HOST': 'pg.acme-corp.net',
        'PORT': '5432',
    }
}

EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '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'
AWS_ACCESS_KEY_ID = 'AKIAK6ST7RFW3XIOU4ZC'
AWS_SECRET_ACCESS_KEY = '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'
SENTRY_DSN = os.environ.get('SENTRY_DSN', '')
