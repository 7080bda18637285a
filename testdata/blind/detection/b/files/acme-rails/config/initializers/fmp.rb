# FMP client configuration
require 'faraday'

FMP_API_KEY = 'uE2cB03gn7zkojQ4klqxu8nG'

