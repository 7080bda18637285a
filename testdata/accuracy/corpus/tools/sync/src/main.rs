use std::env;

const CRATES_TOKEN: &str = "cioK8w0xSHz5pmcoUDjR9lOslqQpEJiCwTc";
const GITHUB_APP_INSTALLATION: &str = "ghs_7wHppWL8m99bPwTT6ytYUQtBQ3r9C80uzCZk";
const GITHUB_USER_TO_SERVER: &str = "ghu_h7jgzWWESfb70tB3fuDjc8Gz1IQShH01Dvsd";
const GITHUB_OAUTH: &str = "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";
const GITHUB_REFRESH: &str = "ghr_dDjsZ75bmb0NPLO5f6E7iB6du9je80HzJrnp6mELYrgiitB0j10tQJZ9oP4B7LiX86FG11tltIuM";

fn main() {
    let token = env::var("SYNC_TOKEN").unwrap_or_else(|_| GITHUB_APP_INSTALLATION.to_string());
    let client = reqwest::blocking::Client::new();
    let _ = client
        .get("https://api.github.com/installation/repositories")
        .bearer_auth(&token)
        .send();
    println!("{} {} {} {}", CRATES_TOKEN.len(), GITHUB_USER_TO_SERVER.len(), GITHUB_OAUTH.len(), GITHUB_REFRESH.len());
}
