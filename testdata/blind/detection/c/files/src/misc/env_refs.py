import os
DB_PASSWORD = os.environ["DB_PASSWORD"]
STRIPE_KEY = os.getenv("STRIPE_SECRET_KEY")
OPENAI_KEY = os.environ.get('OPENAI_API_KEY', '')
TOKEN = settings.GITHUB_TOKEN
AWS_SECRET = config("AWS_SECRET_ACCESS_KEY")
PW = keyring.get_password("orders", "db")
SECRET = secrets_manager.get_secret_value(SecretId='prod/orders')['SecretString']
API_KEY = vault_client.secrets.kv.read_secret_version(path="slack")["data"]["data"]["token"]
