#!/usr/bin/env node
import { Command, Option } from "commander";
import { publish } from "../lib/publish.js";

const program = new Command()
  .name("shipit")
  .description("Create a GitHub release for a tag and upload build outputs")
  .addOption(new Option("-t, --token <token>", "GitHub token").env("SHIPIT_TOKEN").makeOptionMandatory())
  .addOption(new Option("--api <url>", "REST root for GitHub Enterprise").env("GITHUB_API_URL").default("https://api.github.com"))
  .requiredOption("-r, --repo <owner/name>", "repository", process.env.GITHUB_REPOSITORY)
  .requiredOption("--tag <tag>", "tag to release")
  .option("--prerelease", "mark as pre-release", false)
  .argument("[files...]", "files to attach");

program.action(async (files, opts) => {
  const url = await publish({ ...opts, files });
  console.log(url);
});

await program.parseAsync();
