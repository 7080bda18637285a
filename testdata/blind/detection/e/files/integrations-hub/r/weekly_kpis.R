library(DBI)
library(RPostgres)
con <- dbConnect(RPostgres::Postgres(), host = "replica.prod.internal", dbname = "billing",
                 user = "analyst_ines", password = "Sunset50")
kpis <- dbGetQuery(con, "select * from kpi_weekly")
Sys.setenv(HUGGINGFACE_HUB_TOKEN = "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")
pw2 <- rstudioapi::askForPassword("Warehouse password")
