object Db {
  import slick.jdbc.PostgresProfile.api._
  val db = Database.forURL("jdbc:postgresql://pg-risk:5432/risk", user = "risk", password = "r3LmMwuvmVcyI0I8s5jDksY8", driver = "org.postgresql.Driver")
}
