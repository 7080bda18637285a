library(DBI)
library(RPostgres)

connect_reporting <- function() {
  dbConnect(
    RPostgres::Postgres(),
    host = "db02.lab",
    dbname = "reporting",
    user = "analyst",
    password = "Bramble-pebble-pioneer-2"
  )
}

connect_prompt <- function() {
  dbConnect(RPostgres::Postgres(), host = "db02.lab", dbname = "reporting",
            user = Sys.getenv("USER"), password = rstudioapi::askForPassword("Database password"))
}
