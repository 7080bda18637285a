require 'spec_helper'

RSpec.describe Scanner do
  describe "providers_19" do
    it { expect(scan(%q(Helpcrunch::Client.new(api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMDM5MjYzIiwiaWF0IjoxNzU3MzI0ODI0LCJleHAiOjE3NTk5MTY4MjR9.7BOooSecYM_lYeQvFhhWKtOinQ71o_3XtP1yOXkONKw")))).to include("helpcrunch") }
    it { expect(scan(%q(Sumologic::Client.new(api_key: "jHUhbuxS1Lexg3bUZL6Vp7E6ATWxhPXS5G260zEy0tFxyO7DZ1kmgbRrQSjEoqlT")))).to include("sumologic") }
    it { expect(scan(%q(SPOONACULAR_API_KEY: "77ef58d638f72e6aa162f8b0f85ddb16"))).to include("spoonacular") }
    it { expect(scan(%q(CLOUDSMITH_API_KEY: "6f225e4c33478a9ffc61d83d7975fe8e3bc7b1ab"))).to include("cloudsmith") }
    it { expect(scan(%q(Cloudsmith::Client.new(api_key: "2281b10d89d95f5a80dfffd0ab21a689eeb392e7")))).to include("cloudsmith") }
    it { expect(scan(%q(CLOUDSMITH_API_KEY: "changeme"))).to be_empty }
    it { expect(scan(%q(Dyspatch::Client.new(api_key: "XIKTVY1219C0KYFVUFA6Q5WRVRDPN5VNZZZ7C45NKWHAK9L386AH")))).to include("dyspatch") }
    it { expect(scan(%q(ENV["DYSPATCH_API_KEY"] ||= "LRCSJR7WRQDOC03JAZP5ZMG1X1ZJDFYIQ07UGKX6YYZU8QGZH7R3"))).to include("dyspatch") }
    it { expect(scan(%q(Jotform::Client.new(api_key: "6d2db38e325ea807316ee53b3924e214")))).to include("jotform") }
    it { expect(scan(%q(ENV["BOX_DEVELOPER_TOKEN"] ||= "XUSXHZOxfbuDQCK05zCYLWjkJgNJxVa5"))).to include("box") }
    it { expect(scan(%q(BOX_DEVELOPER_TOKEN: "OCAi1MtKrORWJfRL5XUsqQVKok0qk2Ni"))).to include("box") }
    it { expect(scan(%q(CHECKLY_API_KEY: "cu_854f07888a0b9881083bb563214ba051"))).to include("checklyhq") }
    it { expect(scan(%q(ENV["DELIGHTED_API_KEY"] ||= "fa47Thzsx0k3JW0tsqhS7ppNFooXFFoz"))).to include("delighted") }
    it { expect(scan(%q(Delighted::Client.new(api_key: "22CkvGUxwEMsObuoxobMAf55WSNdV2cx")))).to include("delighted") }
    it { expect(scan(%q(EASYPOST_API_KEY: "EZAKa5cc67d11e579ca04fc32ffb489f1bc5c6563d83df13db5d19a065"))).to include("easypost") }
    it { expect(scan(%q(Deepgram::Client.new(api_key: "c4b7a121f2f4979e91a03d504a32fb120326eb39")))).to include("deepgram") }
    it { expect(scan(%q(ENV["DEEPGRAM_API_KEY"] ||= "125d3a4334c4b22cd0d348fe03d643690706ee65"))).to include("deepgram") }
    it { expect(scan(%q(D7network::Client.new(api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNTQ2ODMxIiwiaWF0IjoxNzE4NjA3ODAxLCJleHAiOjE3MjExOTk4MDF9.ST5USAkm0wj3EBLi0pKqkxIvDx1W5k4pmGorlokWqkY")))).to include("d7network") }
  end
end
