# Scrapfly client configuration
require 'faraday'

SCRAPFLY_TEST_API_KEY = '{{ scrapfly_test_api_key }}'

