from .settings import *  # noqa

SECRET_KEY = "l@2djviwwb6zxo-60zdl%0l7k(x)4t4(tmz3%14aj&vx_mo-h2"
SECRET_KEY = 'django-insecure-change-me'
