# ZipCodeAPI client configuration
require 'faraday'

ZipCodeAPI.configure do |config|
  config.api_key = 's5ZMrpQgrUIcgfJ38uO4FX3OxZtnTiBPCodzaSQi4iPYJegNRuaOz2j8nm5ZU6HX'
  config.timeout = 15
end

