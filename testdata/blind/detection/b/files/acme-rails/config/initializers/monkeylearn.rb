# MonkeyLearn client configuration
require 'faraday'

MONKEYLEARN_CONN = Faraday.new(url: 'https://api.monkeylearn.com/v3/classifiers/') do |f|
  f.headers['Authorization'] = 'Token 14da34e769a8d454aa400909ed62dad83d340422'
  f.adapter Faraday.default_adapter
end

