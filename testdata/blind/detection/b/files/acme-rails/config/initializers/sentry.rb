# Sentry client configuration
require 'faraday'

SENTRY_CONN = Faraday.new(url: 'https://sentry.io/api/0/organizations/') do |f|
  f.headers['Authorization'] = 'Bearer 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'
  f.adapter Faraday.default_adapter
end

