# Yousign client configuration
require 'faraday'

YOUSIGN_CONN = Faraday.new(url: 'https://api.yousign.app/v3/signature_requests') do |f|
  f.headers['Authorization'] = 'Bearer Xte68XkfP8Z65IyX4rfnhXbonGVUzEvN'
  f.adapter Faraday.default_adapter
end

