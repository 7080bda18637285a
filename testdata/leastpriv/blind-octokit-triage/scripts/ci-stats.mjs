// Prints how long CI took on main over the last week (queue time vs. run time per job).
// Run locally: CI_STATS_TOKEN=... node scripts/ci-stats.mjs
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: process.env.CI_STATS_TOKEN });
const owner = "acme";
const repo = "widgets";
const since = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);

const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
  owner,
  repo,
  branch: "main",
  status: "completed",
  created: `>=${since}`,
  per_page: 100,
});

const totals = new Map();
for (const run of runs) {
  const { data } = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: run.id });
  for (const job of data.jobs) {
    const secs = (Date.parse(job.completed_at) - Date.parse(job.started_at)) / 1000;
    const t = totals.get(job.name) ?? { n: 0, secs: 0 };
    totals.set(job.name, { n: t.n + 1, secs: t.secs + secs });
  }
}

for (const [name, { n, secs }] of [...totals].sort((a, b) => b[1].secs - a[1].secs)) {
  console.log(`${name.padEnd(40)} ${n.toString().padStart(4)} runs  avg ${(secs / n).toFixed(0)}s`);
}
