# frozen_string_literal: true

require 'net/http'
require 'json'
Postmark.configure do |config|
  config.server_token = 'b1a958b8-f691-4ee5-9da3-0a10e82ef7d9'
end

SF_CONSUMER_KEY = '3MVG9X3Kbi_JuU3bWOOjX.Rekx9t3GYmvKJVFN6TuyodoYrA39Mv03ThLD1r0HRyOoPDPh5AYW5382sHNRBsF'
SF_CONSUMER_SECRET = 'DE9DD12FEA599795AE3E3AC84486D6DB80B6A7C419430CBB435D23E67A4E5EFA'

ENV['BUTTER_CMS_WRITE_TOKEN'] ||= 'c4d003acf471f7cb1edcaa483bab74aa4d5b46e6'
