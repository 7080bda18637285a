const core = require('@actions/core');
const github = require('@actions/github');

async function run() {
  const octokit = github.getOctokit(core.getInput('token'));
  const { owner, repo } = github.context.repo;
  const title = core.getInput('title', { required: true });
  const runUrl = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;

  const { data: open } = await octokit.rest.issues.listForRepo({ owner, repo, state: 'open', labels: 'ci-failure' });
  const existing = open.find((i) => i.title === title);
  if (existing) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `Failed again: ${runUrl}` });
  } else {
    await octokit.rest.issues.create({ owner, repo, title, body: `First failure: ${runUrl}`, labels: ['ci-failure'] });
  }
}

run().catch((err) => core.setFailed(err.message));
