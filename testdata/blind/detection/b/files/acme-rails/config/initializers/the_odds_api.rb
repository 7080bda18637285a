# The Odds API client configuration
require 'faraday'

THE_ODDS_API_API_KEY = 'your-api-key-here'

