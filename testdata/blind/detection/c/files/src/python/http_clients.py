import requests
HEADERS = {"Authorization": "Bearer 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", "Content-Type": "application/json"}
resp = requests.get('https://api.openweathermap.org/data/2.5/weather', params={'q': 'Hamburg', 'appid': '9e3245676b935c0aed293501d06adbad'})
session.headers.update({"x-api-key": "xai-BkuBq1T7PkWkKDhj6l06da4HrJtBKNmQThWGnbaUeLVm65f0SaZ7bET4ho7JKwLCbuAn7bln6mR7rubx"})
session.headers.update({"x-api-key": os.environ["XAI_API_KEY"]})
