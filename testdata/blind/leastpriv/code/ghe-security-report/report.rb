#!/usr/bin/env ruby
# frozen_string_literal: true

# Weekly security roll-up for one organization on our GitHub Enterprise Server:
# counts open code scanning, secret scanning and Dependabot alerts per repo and
# files the table as an issue in the security team's tracker.

require "json"
require "net/http"
require "uri"

GHE = ENV.fetch("GHE_URL", "https://github.internal.example")
API_PREFIX = "#{GHE}/api/v3"
TOKEN = ENV.fetch("SECURITY_REPORT_TOKEN")
ORG = ENV.fetch("REPORT_ORG", "payments")
TRACKER = ENV.fetch("REPORT_TRACKER", "security/weekly-reports")

def api(verb, path, body = nil)
  uri = URI("#{API_PREFIX}#{path}")
  klass = { get: Net::HTTP::Get, post: Net::HTTP::Post }.fetch(verb)
  req = klass.new(uri)
  req["Authorization"] = "Bearer #{TOKEN}"
  req["Accept"] = "application/vnd.github+json"
  req.body = JSON.generate(body) if body
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") { |h| h.request(req) }
  raise "#{verb.upcase} #{path}: #{res.code}" unless res.is_a?(Net::HTTPSuccess)
  JSON.parse(res.body)
end

def fetch(path) = api(:get, path)
def submit(path, payload) = api(:post, path, payload)

def count(repo, kind)
  fetch("/repos/#{repo}/#{kind}/alerts?state=open&per_page=100").size
rescue RuntimeError => e
  raise unless e.message.end_with?("404") # feature disabled on this repo
  0
end

rows = fetch("/orgs/#{ORG}/repos?per_page=100").reject { |r| r["archived"] }.map do |r|
  name = r["full_name"]
  [name, count(name, "code-scanning"), count(name, "secret-scanning"), count(name, "dependabot")]
end

table = +"| repository | code scanning | secrets | dependabot |\n|---|---:|---:|---:|\n"
rows.sort_by { |_, a, b, c| -(a + b + c) }.each { |r| table << "| #{r.join(' | ')} |\n" }

issue = submit("/repos/#{TRACKER}/issues", {
  title: "Security roll-up for #{ORG}, week #{Time.now.strftime('%G-W%V')}",
  body: table,
  labels: ["weekly-report"]
})
puts issue["html_url"]
