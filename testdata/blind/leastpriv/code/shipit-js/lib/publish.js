import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { Octokit } from "@octokit/rest";
import mime from "mime-types";

export async function publish({ token, api, repo, tag, prerelease, files }) {
  const [owner, name] = repo.split("/");
  const octokit = new Octokit({ auth: token, baseUrl: api, userAgent: "shipit/3" });

  let previous;
  try {
    const { data } = await octokit.rest.repos.getLatestRelease({ owner, repo: name });
    previous = data.tag_name;
  } catch (e) {
    if (e.status !== 404) throw e;
  }

  let body = "";
  if (previous) {
    const { data: cmp } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner, repo: name, basehead: `${previous}...${tag}`,
    });
    const { data: notes } = await octokit.rest.repos.generateReleaseNotes({
      owner, repo: name, tag_name: tag, previous_tag_name: previous,
    });
    body = `${notes.body}\n\n_${cmp.total_commits} commits since ${previous}_`;
  }

  const { data: release } = await octokit.rest.repos.createRelease({
    owner, repo: name, tag_name: tag, name: tag, body, prerelease,
  });

  for (const file of files) {
    const data = await readFile(file);
    await octokit.rest.repos.uploadReleaseAsset({
      owner, repo: name, release_id: release.id,
      name: basename(file), data,
      headers: {
        "content-type": mime.lookup(file) || "application/octet-stream",
        "content-length": (await stat(file)).size,
      },
    });
  }
  return release.html_url;
}
