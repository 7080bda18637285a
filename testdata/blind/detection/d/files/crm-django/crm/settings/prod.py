from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["crm.kovalenko.dev"]
SECRET_KEY = "auxa&f9%!j_uu&0gxj=6amf!=v1-38=f#lxo8uy_l+2pe-&@z%"

DATABASES["default"].update({
    "HOST": "db01.lab",
    "PASSWORD": "Winter2024@",
})

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"

AWS_ACCESS_KEY_ID = "AKIAJYRFOJ5JTO23PZ6X"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "kovlab-crm-media"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "263887630554-hgw6x6tjzwpm4ihj99xl40tw3ozutdob.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"
GOOGLE_MAPS_SERVER_KEY = "AIzalmINeKcUz9Tj8rem-_wuekq7BU0PtS0wweC"
