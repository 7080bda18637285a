use lettre::transport::smtp::authentication::Credentials;
use lettre::{SmtpTransport, Transport};
use tokio_postgres::{Config, NoTls};

const ANTHROPIC_KEY: &str = "sk-ant-api03-XlSKnZInFLAHrWWdCwu6PTEXFTKkwRQps5FteCe59Trh0QnWTnQ7ApuDn0EYSnbk0p-nXaGzCppKvqP_2dCkJVX-XWi8JAA";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, conn) = Config::new()
        .host("pg-report.corp.example")
        .user("digest")
        .password("vhDR7OXUmUNiCZIosM")
        .dbname("report")
        .connect(NoTls)
        .await?;
    tokio::spawn(conn);
    let rows = client.query("select title from digest_items where day = current_date", &[]).await?;

    let creds = Credentials::new("digest@corp.example".to_owned(), "Nickel2259".to_owned());
    let mailer = SmtpTransport::relay("smtp.corp.example")?.credentials(creds).build();
    let token = std::env::var("SLACK_TOKEN").expect("SLACK_TOKEN must be set");
    let _ = (rows, mailer, token, ANTHROPIC_KEY);
    Ok(())
}
