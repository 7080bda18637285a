package hub

import slick.jdbc.PostgresProfile.api._

object Ledger {
  val db = Database.forURL(
    url = "jdbc:postgresql://pg-ledger.corp.example/ledger",
    user = "ledger_app",
    password = "Fjord#Eagle21",
    driver = "org.postgresql.Driver")

  val fromConf = sys.env.getOrElse("LEDGER_PASSWORD", "")
}
