require 'spec_helper'

RSpec.describe Scanner do
  describe "slack_tokens" do
    it { expect(scan(%q(SLACK_TOKEN: "xoxb-414783326905-2439664804008-odCv69EHlTnETqrS44YDfsvV"))).to include("slack") }
    it { expect(scan(%q(Slack::Client.new(api_key: "xoxp-090042762434-645897893600-5882573918084-70ec6dc90ef79aab66ca969323ea6097")))).to include("slack") }
    it { expect(scan(%q(ENV["SLACK_TOKEN"] ||= "xapp-1-ATPKPPRN5PT-7229063229447-30d8189c0ca9977d957fa9e9a758c80d9c9310e41e897af56a5ba6a4f73f8828"))).to include("slack") }
    it { expect(scan(%q(SLACK_TOKEN: "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"))).to be_empty }
    it { expect(scan(%q(SLACK_TOKEN: "xoxb-358123"))).to be_empty }
    it { expect(scan(%q(SLACK_TOKEN: "${SLACK_BOT_TOKEN}"))).to be_empty }
  end
end
