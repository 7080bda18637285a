use octocrab::models::pulls::PullRequest;

pub fn render(prs: &[PullRequest]) -> String {
    let mut out = String::from("## What's changed\n\n");
    for pr in prs {
        let title = pr.title.clone().unwrap_or_default();
        let who = pr.user.as_ref().map(|u| u.login.clone()).unwrap_or_default();
        out.push_str(&format!("* {} by @{} in #{}\n", title, who, pr.number));
    }
    out
}
