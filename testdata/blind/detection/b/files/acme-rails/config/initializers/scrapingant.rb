# ScrapingAnt client configuration
require 'faraday'

SCRAPINGANT_API_KEY = 'd73e66127aba76a3368cdcf6f693a7f0'

