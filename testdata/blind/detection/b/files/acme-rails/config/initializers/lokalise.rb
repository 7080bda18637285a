# Lokalise client configuration
require 'faraday'

LOKALISE_API_TOKEN = '2fe527045c700a349d5d66bbbe04eb'

