const axios = require("axios");

const GHE_HOST = process.env.GHE_HOST || "github.acme-corp.net";

const gh = axios.create({
  baseURL: `https://${GHE_HOST}/api/v3`,
  headers: {
    Authorization: `Bearer ${process.env.DASH_GH_TOKEN}`,
    Accept: "application/vnd.github+json",
  },
  timeout: 15000,
});

async function repoSummary(repo) {
  const [pulls, issues, runs, alerts] = await Promise.all([
    gh.get(`/repos/${repo}/pulls`, { params: { state: "open", per_page: 100 } }),
    gh.get(`/repos/${repo}/issues`, { params: { state: "open", labels: "bug", per_page: 100 } }),
    gh.get(`/repos/${repo}/actions/runs`, { params: { branch: "main", per_page: 10 } }),
    gh.get(`/repos/${repo}/dependabot/alerts`, { params: { state: "open", severity: "critical,high" } }),
  ]);
  return {
    repo,
    openPulls: pulls.data.length,
    openBugs: issues.data.filter((i) => !i.pull_request).length,
    mainGreen: runs.data.workflow_runs.every((r) => r.conclusion !== "failure"),
    criticalAlerts: alerts.data.length,
  };
}

module.exports = { repoSummary };
