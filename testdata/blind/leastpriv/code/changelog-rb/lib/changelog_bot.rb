# frozen_string_literal: true

require "base64"
require "octokit"

# Opens a pull request that prepends the unreleased entries to CHANGELOG.md.
class ChangelogBot
  PATH = "CHANGELOG.md"

  def initialize(repo:, token:, api_endpoint: nil)
    @repo = repo
    @client = Octokit::Client.new(access_token: token, api_endpoint: api_endpoint || Octokit.api_endpoint)
    @client.auto_paginate = true
  end

  def run(version)
    base = @client.repository(@repo).default_branch
    last = @client.latest_release(@repo).tag_name
    commits = @client.compare(@repo, last, base).commits.map(&:sha)

    merged = @client.pull_requests(@repo, state: "closed", base: base)
                    .select { |pr| pr.merged_at && commits.include?(pr.merge_commit_sha) }
    return if merged.empty?

    entry = +"## #{version}\n\n"
    merged.each { |pr| entry << "- #{pr.title} (##{pr.number})\n" }

    file = @client.contents(@repo, path: PATH, ref: base)
    updated = entry + "\n" + Base64.decode64(file.content)

    branch = "changelog/#{version}"
    head = @client.ref(@repo, "heads/#{base}").object.sha
    @client.create_ref(@repo, "heads/#{branch}", head)
    @client.update_contents(@repo, PATH, "docs: changelog for #{version}", file.sha, updated, branch: branch)

    pr = @client.create_pull_request(@repo, base, branch, "Changelog for #{version}", entry)
    @client.add_labels_to_an_issue(@repo, pr.number, ["changelog", "skip-release-notes"])
    pr.html_url
  end
end
