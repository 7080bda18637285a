use aws_credential_types::Credentials;
use sqlx::postgres::PgPoolOptions;
use std::env;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let db_url = env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://ingest:KAST5nTU7b9SFROfJHSUzoBH5I9@db01.lab:5432/events".to_string());
    let pool = PgPoolOptions::new().max_connections(8).connect(&db_url).await?;

    let creds = Credentials::new(
        "AKIAMMKX72JMVNYWEGNZ",
        "tVOq1LejIh1uhF02YPKeDOp3s8xcof6uCOKgPo5N",
        None,
        None,
        "ingest-static",
    );
    let conf = aws_sdk_s3::Config::builder()
        .credentials_provider(creds)
        .region(aws_sdk_s3::config::Region::new("eu-central-1"))
        .build();
    let s3 = aws_sdk_s3::Client::from_conf(conf);

    let api_key = env::var("INGEST_API_KEY").expect("INGEST_API_KEY must be set");
    ingest::run(pool, s3, api_key).await
}
