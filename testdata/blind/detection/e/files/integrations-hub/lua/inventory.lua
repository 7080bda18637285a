local driver = require "luasql.mysql"
local env = driver.mysql()
local con = assert(env:connect("inventory", "inv_reader", "Oasis1499", "10.0.30.20", 3306))
local cur = con:execute("SELECT sku, qty FROM stock")
local row = cur:fetch({}, "a")
while row do
  print(row.sku, row.qty)
  row = cur:fetch(row, "a")
end
local redis = require("resty.redis"):new()
redis:connect("10.0.30.21", 6379)
redis:auth("UBbceT5bBaJNJdrBS4Z3s2nA")
local pw = os.getenv("INV_DB_PASSWORD")
