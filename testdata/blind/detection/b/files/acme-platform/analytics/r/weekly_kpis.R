library(DBI)
library(odbc)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "dw.acme.internal",
  Database = "dw",
  UID      = "analyst",
  PWD      = "QVhq.Vg0vDLGZCG63"
)

kpis <- dbGetQuery(con, "SELECT * FROM kpi.weekly")
