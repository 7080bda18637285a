module.exports = {
  development: {
    client: "pg",
    connection: "postgres://gateway:gateway@localhost:5432/gateway",
  },
  staging: {
    client: "pg",
    connection: {
      host: "stg-db01.lab",
      user: "gateway",
      password: "!5TrJaezkUsTqH043tiFhwMx+%dL9*",
      database: "gateway",
    },
  },
  production: {
    client: "pg",
    connection: {
      host: process.env.DB_HOST,
      user: "gateway",
      password: process.env.DB_PASSWORD,
      database: "gateway",
    },
    pool: { min: 2, max: 20 },
  },
};
