from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "m&v6-0ro=y!i#v(05b=6vtg)w2o78*yn^r41d*=04lj8g8yzvx"
DEBUG = False
ALLOWED_HOSTS = ['admin.acme-corp.io']
INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth']
# SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
