# frozen_string_literal: true

require 'net/http'
require 'json'
ENV['EXCHANGERATES_API_KEY'] ||= '4186d9f8bdxj11eet7c1b416w970da28'

Sourcegraph.configure do |config|
  config.access_token = 'sgp_f5df98636f277b932a66398ae46090343dc3cd170Qdu3'
end

ENV['RAPIDAPI_KEY'] ||= 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
