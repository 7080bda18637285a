# frozen_string_literal: true

require 'net/http'
require 'json'
INTERCOM_ACCESS_TOKEN = 'dG9rOmQzY2YzNWE5LTcyZWUtNGIyYy1iYTBjLWJmYzJmODliNTE3Zjo1YjV='

Coinlayer.configure do |config|
  config.access_key = '44862746c9fcf2d8fbb58bdbd05d4af1'
end

DETECTLANGUAGE_API_KEY = '2988ada0xdqe471az589b05313057bap'
