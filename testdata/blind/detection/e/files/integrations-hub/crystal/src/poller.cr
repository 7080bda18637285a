require "db"
require "pg"

DB.open "postgres://poller:u~GE6wPc8Ygiwg3@pg-hub.corp.example/hub" do |db|
  db.query "select id from jobs where state = 'queued'" do |rs|
    rs.each { puts rs.read(Int32) }
  end
end
