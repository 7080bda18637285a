# Telegram client configuration
require 'faraday'

TELEGRAM_API_ID = '77368184'
TELEGRAM_API_HASH = '9bac82daea9c1f7bde746c311c6625fe'

