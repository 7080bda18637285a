const fs = require("node:fs");
const core = require("@actions/core");
const github = require("@actions/github");
const yaml = require("js-yaml");

async function syncRepo(octokit, full, files) {
  const [owner, repo] = full.split("/");
  const { data: meta } = await octokit.rest.repos.get({ owner, repo });
  const base = meta.default_branch;
  const branch = "org-file-sync";

  const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` });
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: ref.object.sha });
  } catch (e) {
    if (e.status !== 422) throw e; // branch already exists
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: ref.object.sha, force: true });
  }

  let changed = false;
  for (const f of files) {
    const content = fs.readFileSync(f.source);
    let sha;
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: f.dest, ref: branch });
      if (Buffer.from(data.content, "base64").equals(content)) continue;
      sha = data.sha;
    } catch (e) {
      if (e.status !== 404) throw e;
    }
    await octokit.rest.repos.createOrUpdateFileContents({
      owner, repo, branch, sha, path: f.dest,
      message: `chore: sync ${f.dest} from org template`,
      content: content.toString("base64"),
    });
    changed = true;
  }
  if (!changed) return;

  const { data: open } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: "open" });
  if (open.length === 0) {
    await octokit.rest.pulls.create({
      owner, repo, head: branch, base,
      title: "chore: sync shared configuration",
      body: `Automated by ${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}`,
    });
  }
}

async function main() {
  const octokit = github.getOctokit(core.getInput("token", { required: true }));
  const manifest = yaml.load(fs.readFileSync(core.getInput("config"), "utf8"));
  for (const target of manifest.targets) {
    core.startGroup(target);
    await syncRepo(octokit, target, manifest.files);
    core.endGroup();
  }
}

main().catch((e) => core.setFailed(e.message));
