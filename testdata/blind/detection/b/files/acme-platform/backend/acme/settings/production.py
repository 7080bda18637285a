from .base import *  # noqa

SECRET_KEY = "amn&h^n37-zb8wk3l0(tos+lug1#otgtg=+-192*aoil1x#c^!"
DEBUG = False
ALLOWED_HOSTS = ["api.acme.example"]
SECURE_HSTS_SECONDS = 31536000
