import * as core from "@actions/core";
import * as github from "@actions/github";
import { WebClient } from "@slack/web-api";
import { LABELS, sizeFor } from "./sizes";

async function run(): Promise<void> {
  const pr = github.context.payload.pull_request;
  if (!pr) {
    core.info("not a pull_request event, nothing to do");
    return;
  }
  const octokit = github.getOctokit(core.getInput("github-token", { required: true }));
  const { owner, repo } = github.context.repo;

  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner, repo, pull_number: pr.number, per_page: 100,
  });
  const lines = files.reduce((n, f) => n + f.additions + f.deletions, 0);
  const size = sizeFor(lines, Number(core.getInput("xl-threshold")));

  const { data: current } = await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: pr.number });
  for (const l of current) {
    if ((LABELS as readonly string[]).includes(l.name) && l.name !== size) {
      await octokit.rest.issues.removeLabel({ owner, repo, issue_number: pr.number, name: l.name });
    }
  }
  if (!current.some((l) => l.name === size)) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels: [size] });
  }
  core.setOutput("size", size);

  const slackToken = core.getInput("slack-token");
  if (size === "size/XL" && slackToken) {
    const slack = new WebClient(slackToken);
    await slack.chat.postMessage({
      channel: core.getInput("slack-channel"),
      text: `:elephant: <${pr.html_url}|${owner}/${repo}#${pr.number}> changes ${lines} lines. Consider splitting it.`,
    });
  }
}

run().catch((e) => core.setFailed(e instanceof Error ? e.message : String(e)));
