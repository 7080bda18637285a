/**
 * @param {import('probot').Probot} app
 */
module.exports = (app) => {
  const defaults = {
    issueGreeting: "Thanks for opening your first issue here! :wave:",
    prGreeting: "Thanks for your first pull request! A maintainer will review it soon.",
    reviewers: [],
    label: "first-timer",
  };

  async function isFirstTime(context, login) {
    const { data } = await context.octokit.issues.listForRepo(
      context.repo({ creator: login, state: "all", per_page: 2 })
    );
    return data.length <= 1;
  }

  app.on("issues.opened", async (context) => {
    const config = await context.config("welcome.yml", defaults);
    const login = context.payload.issue.user.login;
    if (!(await isFirstTime(context, login))) return;
    await context.octokit.issues.createComment(context.issue({ body: config.issueGreeting }));
  });

  app.on("pull_request.opened", async (context) => {
    const config = await context.config("welcome.yml", defaults);
    const pr = context.payload.pull_request;
    if (!(await isFirstTime(context, pr.user.login))) return;

    await context.octokit.issues.addLabels(context.issue({ labels: [config.label] }));
    if (config.reviewers.length) {
      await context.octokit.pulls.requestReviewers(context.pullRequest({ reviewers: config.reviewers }));
    }
    await context.octokit.checks.create(
      context.repo({
        name: "welcome-wagon",
        head_sha: pr.head.sha,
        status: "completed",
        conclusion: "neutral",
        output: { title: "First-time contributor", summary: config.prGreeting },
      })
    );
  });

  app.on("issue_comment.created", async (context) => {
    if (!/^\/thanks\b/m.test(context.payload.comment.body)) return;
    await context.octokit.reactions.createForIssueComment(
      context.repo({ comment_id: context.payload.comment.id, content: "heart" })
    );
  });
};
