# Rootly client configuration
require 'faraday'

Rootly.configure do |config|
  config.api_token = 'rootly_d24252ae7abdb766636ee8821749c93e617391165658b4f5f4fce735e533cb07'
  config.timeout = 15
end

