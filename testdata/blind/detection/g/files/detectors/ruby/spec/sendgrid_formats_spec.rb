require 'spec_helper'

RSpec.describe Scanner do
  describe "sendgrid_formats" do
    it { expect(scan(%q(SENDGRID_API_KEY: "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"))).to include("sendgrid") }
    it { expect(scan(%q(Sendgrid::Client.new(api_key: "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")))).to include("sendgrid") }
    it { expect(scan(%q(ENV["SENDGRID_API_KEY"] ||= "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"))).to include("sendgrid") }
    it { expect(scan(%q(SENDGRID_API_KEY: "SG.JMPiNqC7"))).to be_empty }
    it { expect(scan(%q(SENDGRID_API_KEY: "REPLACE_ME"))).to be_empty }
  end
end
