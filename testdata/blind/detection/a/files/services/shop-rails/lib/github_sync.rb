require 'octokit'

module GithubSync
  def self.client
    @client ||= Octokit::Client.new(access_token: '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')
  end

  def self.fallback_client
    Octokit::Client.new(access_token: ENV.fetch('GITHUB_TOKEN'))
  end
end
