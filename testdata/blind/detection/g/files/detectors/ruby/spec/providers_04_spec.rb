require 'spec_helper'

RSpec.describe Scanner do
  describe "providers_04" do
    it { expect(scan(%q(ENV["CONVERTAPI_SECRET"] ||= "qEWpCSRSd89AX8Wm"))).to include("convertapi") }
    it { expect(scan(%q(KUCOIN_API_SECRET: "264e2cda-4174-4ce4-a710-6fe83d142033"))).to include("kucoin") }
    it { expect(scan(%q(Sonarcloud::Client.new(api_key: "sqp_1d4bac6e40c483d1d0654739b7630300a224f7a1")))).to include("sonarcloud") }
    it { expect(scan(%q(SONAR_TOKEN: "sqp_0c0904ffad6ae8572e27259cda22d0774b6f233c"))).to include("sonarcloud") }
    it { expect(scan(%q(SONAR_TOKEN: "TODO-set-in-vault"))).to be_empty }
    it { expect(scan(%q(ENV["TMETRIC_TOKEN"] ||= "85FCD75EB981BCF3FF65F6165DF1AEB5F9320D721785B627FA5C50BACDD0DDAD"))).to include("tmetric") }
    it { expect(scan(%q(ENV["MIRO_ACCESS_TOKEN"] ||= "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5MTQzMjE5IiwiaWF0IjoxNzU3MDM1ODgxLCJleHAiOjE3NTcwMzk0ODF9.S0I4TdYxxc8vB85Sird9vvRteXxvLspHs22I7qLIWvg"))).to include("miro") }
    it { expect(scan(%q(Miro::Client.new(api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ODU1MDYzIiwiaWF0IjoxNzU4NzA2NjM3LCJleHAiOjE3NTg3OTMwMzd9.R1jL4sOGP95pmd7TREKk9BFzitm37PGAdwBdwR6r0UI")))).to include("miro") }
    it { expect(scan(%q(Pinata::Client.new(api_key: "8be44b80befe90ab989fe9b22b696a6494d890168ae37c540710f167cde6977f")))).to include("pinata") }
    it { expect(scan(%q(PINATA_API_SECRET: "%(PINATA_API_SECRET)s"))).to be_empty }
    it { expect(scan(%q(Netlify::Client.new(api_key: "nfp_4Nj0ZqAbPH9dc5Kmc31NeDjvlPPGGYzRatxv")))).to include("netlify") }
    it { expect(scan(%q(NETLIFY_AUTH_TOKEN: "nfp_iunyNZiO4mV3BZYFxcBOQy6BEUe73EOxbEpy"))).to include("netlify") }
    it { expect(scan(%q(CARGO_REGISTRY_TOKEN: "cio48GXlb98ILrSUOYvTwM9UTEVfNrbNLV9"))).to include("cratesio") }
    it { expect(scan(%q(Cratesio::Client.new(api_key: "cioa4RLqu8JUAqfXhcfCVDSzkZjiOrljoUg")))).to include("cratesio") }
    it { expect(scan(%q(CARGO_REGISTRY_TOKEN: "TODO-set-in-vault"))).to be_empty }
    it { expect(scan(%q(Betterstack::Client.new(api_key: "DEA8XaR5V7tgU0m0PtjfRWK7")))).to include("betterstack") }
    it { expect(scan(%q(PLIVO_AUTH_TOKEN: "P7lUiK19OJeLxZoldeeMmH0pzBfuEZn2wHuPGxAt"))).to include("plivo") }
    it { expect(scan(%q(ENV["PLIVO_AUTH_TOKEN"] ||= "Eb9PeQi8fAFbclY3VCzzf4WB6SIJ10uKw0uUh2xl"))).to include("plivo") }
    it { expect(scan(%q(HONEYCOMB_API_KEY: "i12elcTODk5f1uHPFfaikg"))).to include("honeycomb") }
    it { expect(scan(%q(Honeycomb::Client.new(api_key: "qYM3h4aFrGnLd4MDiBF1VM")))).to include("honeycomb") }
    it { expect(scan(%q(HONEYCOMB_API_KEY: "example-key-not-real"))).to be_empty }
    it { expect(scan(%q(ENV["UPCDATABASE_KEY"] ||= "C41C2A62A0A9CE2B3AC6175B793E85A4"))).to include("upcdatabase") }
  end
end
