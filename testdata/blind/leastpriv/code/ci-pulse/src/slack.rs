use anyhow::{bail, Result};
use serde_json::{json, Value};

const SLACK_API: &str = "https://slack.com/api";

pub struct Slack {
    http: reqwest::Client,
    token: String,
}

impl Slack {
    pub fn new(token: String) -> Self {
        Self { http: reqwest::Client::new(), token }
    }

    async fn call(&self, method: &str, body: Value) -> Result<Value> {
        let v: Value = self
            .http
            .post(format!("{SLACK_API}/{method}"))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await?
            .json()
            .await?;
        if v["ok"] != json!(true) {
            bail!("slack {method}: {}", v["error"]);
        }
        Ok(v)
    }

    /// Posts the board, or edits the previous post when `ts` is known.
    pub async fn upsert(&self, channel: &str, ts: Option<&str>, text: &str) -> Result<String> {
        let v = match ts {
            Some(ts) => self.call("chat.update", json!({"channel": channel, "ts": ts, "text": text})).await?,
            None => self.call("chat.postMessage", json!({"channel": channel, "text": text})).await?,
        };
        Ok(v["ts"].as_str().unwrap_or_default().to_string())
    }
}
