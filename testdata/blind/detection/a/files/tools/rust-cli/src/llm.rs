use reqwest::blocking::Client;

pub fn complete(prompt: &str) -> reqwest::Result<String> {
    Client::new()
        .post("https://api.anthropic.com/v1/messages")
        .header("x-api-key", "sk-ant-api03-xwqfJI7QBdW1_19j2OxwjpVrQeXBue_6pF3801xjIl9jiQGasdw1sNuzfnkW9Sy-aZcLMps031gUDDQxHUu6N7MFBmLYrAA")
        .header("anthropic-version", "2023-06-01")
        .json(&serde_json::json!({"model": "claude-3-5-haiku-latest", "max_tokens": 256, "messages": [{"role": "user", "content": prompt}]}))
        .send()?
        .text()
}
