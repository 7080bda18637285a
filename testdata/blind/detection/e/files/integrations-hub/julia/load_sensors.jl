using LibPQ, DataFrames
conn = LibPQ.Connection("host=tsdb.corp.example dbname=sensors user=julia password=kxceQHlHoWTveL07")
df = DataFrame(execute(conn, "SELECT * FROM readings WHERE ts > now() - interval '1 day'"))
close(conn)
