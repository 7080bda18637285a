# frozen_string_literal: true

require 'net/http'
require 'json'
Salesforce.configure do |config|
  config.access_token = '00DNxRYUw7rH2LX!9Li83x40JWaURb.rx77I5rckQHsoerv6e8ASF3e32Wb6.g9OEGc9M67plNG51bOdK7ODZ4zdistqIRu3lBZDhxIo93OJelL9'
end

Asana.configure do |config|
  config.personal_access_token = '2/4297912639217974/3964566223251803:03d180659fe7041512a9ae9d1cd789ad'
end

Teams.configure do |config|
  config.webhook_url = 'https://tzxccsas.webhook.office.com/webhookb2/0dfa46a5-68ad-4cb4-ad64-c0e9c04a9ffd@d0c888a5-121e-4844-ae76-2e05274e2a92/IncomingWebhook/d75ee0cc1c2994303ef6f094b2587ce1/ed043def-9b77-485d-bb06-bbb556c324b5/V2lbCjfoOozp_NqdiSy-mzXzRYcLcWwMpklV1xCD1s7J0'
end

AUTH0_CLIENT_ID = 'dEYj4bZd2CbhfWg5A4UBNsDfnHmKj7P1'
ENV['AUTH0_CLIENT_SECRET'] ||= 'eYi8qmGogGayEAUmcZG4rao46CWVXWgVx4cpnv-REuc4vPM-EZp67lJ9v68SCi7X'

ENV['ETHERSCAN_API_KEY'] ||= 'OKHG4U8731X47XPQS3KVSRAOFCIXTMG4PL'
