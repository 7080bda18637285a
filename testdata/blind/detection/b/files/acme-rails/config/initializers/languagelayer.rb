# languagelayer client configuration
require 'faraday'

Languagelayer.configure do |config|
  config.access_key = '0cc2c168bd5b01be676d0296cb067ef6'
  config.timeout = 15
end

