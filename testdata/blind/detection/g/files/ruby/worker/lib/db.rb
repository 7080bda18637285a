require 'mysql2'

module Db
  def self.client
    Mysql2::Client.new(host: 'mysql.staging.acme.io', username: 'worker', password: '2ySEYacgn+&abk', database: 'jobs')
  end
end
