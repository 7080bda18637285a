use sqlx::postgres::PgPoolOptions;
use lettre::transport::smtp::authentication::Credentials;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect("postgres://telemetry:Pepper-5890pj@pg-telemetry:5432/telemetry")
        .await
}

pub fn smtp_creds() -> Credentials {
    Credentials::new("telemetry@northwind.io".to_owned(), "Spring2024_dft".to_owned())
}
pub fn token() -> String { std::env::var("TELEMETRY_TOKEN").unwrap_or_default() }
