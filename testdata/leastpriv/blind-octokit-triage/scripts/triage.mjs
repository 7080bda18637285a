// Weekday triage bot: routes new issues to an area label, greets the reporter,
// and marks open pull requests that touch the public API so a maintainer looks at them.
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: process.env.GH_TOKEN, userAgent: "acme-triage/1.4" });
const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "acme/widgets").split("/");

const AREAS = {
  "area/cli": [/\bcli\b/i, /command line/i, /--[a-z-]+/],
  "area/api": [/\bapi\b/i, /endpoint/i, /openapi/i],
  "area/docs": [/docs?\b/i, /typo/i, /readme/i],
};
const API_PATHS = ["src/api/", "openapi.yaml"];

function guessArea(text) {
  for (const [label, patterns] of Object.entries(AREAS)) {
    if (patterns.some((re) => re.test(text))) return label;
  }
  return "area/core";
}

async function triageIssues() {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    labels: "needs-triage",
    per_page: 100,
  });
  for (const issue of issues) {
    if (issue.pull_request) continue; // the issues endpoint also lists PRs
    const area = guessArea(`${issue.title}\n${issue.body ?? ""}`);
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: [area] });
    await octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: "needs-triage" });
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: `Thanks for the report, @${issue.user.login}! This has been routed to \`${area}\`.`,
    });
    console.log(`#${issue.number} -> ${area}`);
  }
}

async function flagApiChanges() {
  const { data: pulls } = await octokit.request("GET /repos/{owner}/{repo}/pulls", {
    owner,
    repo,
    state: "open",
    per_page: 50,
  });
  for (const pr of pulls) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pr.number,
      per_page: 100,
    });
    const touchesApi = files.some((f) => API_PATHS.some((p) => f.filename.startsWith(p)));
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: pr.head.sha,
      context: "triage/api-review",
      state: touchesApi ? "pending" : "success",
      description: touchesApi ? "Public API changed: needs an API owner review" : "No public API change",
    });
  }
}

await triageIssues();
await flagApiChanges();
