# Nylas client configuration
require 'faraday'

Nylas.configure do |config|
  config.api_key = 'nyk_v0_7hppKlwodh3DceyMdC9RtSAYW5sIQ3cLMgYAsfrBQbKFbhy8P'
  config.timeout = 15
end

