import os
from django.core.management.utils import get_random_secret_key
from .base import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# local throwaway instances
EPHEMERAL_SECRET_KEY = get_random_secret_key()
