use std::env;

const SLACK_POST: &str = "https://slack.com/api/chat.postMessage";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let slack = env::var("SLACK_BOT_TOKEN")?;
    let gh = env::var("GH_TOKEN")?;
    let client = reqwest::blocking::Client::new();
    let readme = client
        .get("https://api.github.com/repos/acme/docs/contents/README.md")
        .bearer_auth(&gh)
        .send()?
        .text()?;
    client
        .post(SLACK_POST)
        .bearer_auth(&slack)
        .json(&serde_json::json!({"channel": "#docs", "text": readme}))
        .send()?;
    let _: serde_json::Value = ureq::get("https://slack.com/api/conversations.list")
        .header("Authorization", &format!("Bearer {slack}"))
        .call()?
        .body_mut()
        .read_json()?;
    Ok(())
}
