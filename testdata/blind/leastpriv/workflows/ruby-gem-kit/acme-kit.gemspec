Gem::Specification.new do |s|
  s.name        = "acme-kit"
  s.version     = "0.7.1"
  s.summary     = "Acme helpers"
  s.authors     = ["Acme"]
  s.files       = Dir["lib/**/*.rb"]
  s.metadata    = { "github_repo" => "ssh://github.com/acme/ruby-gem-kit" }
end
