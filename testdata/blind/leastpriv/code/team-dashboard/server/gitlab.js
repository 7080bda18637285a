const GITLAB = (process.env.GITLAB_BASE || "https://gitlab.acme-corp.net").replace(/\/$/, "");
const API = GITLAB + "/api/v4";

async function glGet(path) {
  const res = await fetch(API + path, { headers: { "PRIVATE-TOKEN": process.env.DASH_GITLAB_TOKEN } });
  if (!res.ok) throw new Error(`GitLab ${path}: ${res.status}`);
  return res.json();
}

async function projectSummary(id) {
  const enc = encodeURIComponent(id);
  const [pipelines, mrs] = await Promise.all([
    glGet(`/projects/${enc}/pipelines?ref=main&per_page=10`),
    glGet(`/projects/${enc}/merge_requests?state=opened&per_page=100`),
  ]);
  return {
    project: id,
    mainGreen: pipelines.every((p) => p.status !== "failed"),
    openMRs: mrs.length,
  };
}

module.exports = { projectSummary };
