require("dotenv").config();
const express = require("express");
const { repoSummary } = require("./github");
const { projectSummary } = require("./gitlab");

const REPOS = (process.env.DASH_REPOS || "platform/api,platform/web").split(",");
const PROJECTS = (process.env.DASH_GL_PROJECTS || "mobile/ios,mobile/android").split(",");

const app = express();
app.get("/api/summary", async (_req, res) => {
  try {
    const [gh, gl] = await Promise.all([
      Promise.all(REPOS.map(repoSummary)),
      Promise.all(PROJECTS.map(projectSummary)),
    ]);
    res.json({ github: gh, gitlab: gl, at: new Date().toISOString() });
  } catch (e) {
    res.status(502).json({ error: String(e) });
  }
});
app.use(express.static("public"));
app.listen(process.env.PORT || 3000);
