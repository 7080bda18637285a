from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-6olu8m#xzd)sw%b_jq^%52lyxfxr2iiq&7l0!!8v=h*6^)toq5'

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "orders",
]

SECRET_KEY_FALLBACKS = []
