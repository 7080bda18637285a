# Flutterwave client configuration
require 'faraday'

FLUTTERWAVE_LIVE_SECRET_KEY = 'FLWSECK-'

