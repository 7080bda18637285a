#!/usr/bin/env node
// Called by the deploy script on the CD host:
//   deploy-notify <owner/repo> <ref> <environment> <start|success|failure> [log-url]
import { ghPost, slack } from "./http.js";

type Deployment = { id: number; sha: string };

const [repo, ref, environment, phase, logUrl] = process.argv.slice(2);
const stateFile = `/var/lib/deploy-notifier/${repo.replace("/", "_")}-${environment}.json`;
const fs = await import("node:fs/promises");

if (phase === "start") {
  const d = await ghPost<Deployment>(`/repos/${repo}/deployments`, {
    ref, environment, auto_merge: false, required_contexts: [], production_environment: environment === "production",
  });
  await fs.writeFile(stateFile, JSON.stringify(d));
  await ghPost(`/repos/${repo}/deployments/${d.id}/statuses`, { state: "in_progress", log_url: logUrl });
} else {
  const d: Deployment = JSON.parse(await fs.readFile(stateFile, "utf8"));
  await ghPost(`/repos/${repo}/deployments/${d.id}/statuses`, {
    state: phase, log_url: logUrl, environment, auto_inactive: true,
  });
  if (phase === "success") {
    // let the e2e suite in the qa repo pick the new build up
    await ghPost(`/repos/acme/qa-e2e/dispatches`, {
      event_type: "deployed", client_payload: { repo, sha: d.sha, environment },
    });
  }
  await slack("chat.postMessage", {
    channel: process.env.DEPLOY_SLACK_CHANNEL ?? "#deploys",
    text: `${phase === "success" ? ":white_check_mark:" : ":x:"} ${repo}@${d.sha.slice(0, 7)} → ${environment}`,
  });
}
