# IEX Cloud client configuration
require 'faraday'

IEXCloud.configure do |config|
  config.secret_token = 'sk_ax4q13z8d0a6a9suafeac0i46ad4777d'
  config.timeout = 15
end

