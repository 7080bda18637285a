require 'pg'
require 'net/smtp'
require 'redis'

module Connections
  DB = PG.connect(host: 'pg-shop', dbname: 'shop', user: 'shop', password: 'h631qjOay-1Siu7AQo6')
  CACHE = Redis.new(url: 'redis://:pu4SqbnaBfE-1pF1WMXe@cache-shop:6379/1')
  def self.mail(msg)
    Net::SMTP.start('smtp.northwind.io', 587, 'northwind.io', 'shop@northwind.io', 'NEEQ4020-yvbzwb24', :login) { |s| s.send_message(msg, 'shop@northwind.io', 'ops@northwind.io') }
  end
  TOKEN = ENV.fetch('SHOP_TOKEN')
end
