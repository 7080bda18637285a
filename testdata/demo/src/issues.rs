// Lists open issues to build the weekly triage report. Needs read access to issues only.
use octocrab::Octocrab;

pub async fn open_issues() -> octocrab::Result<usize> {
    let token = std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN");
    let gh = Octocrab::builder().personal_token(token).build()?;
    let page = gh.issues("acme", "web").list().state(octocrab::params::State::Open).send().await?;
    Ok(page.items.len())
}
