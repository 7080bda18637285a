package longtail

import "testing"

func TestProviders00(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "owlbot header", input: `curl -H "Authorization: Bearer 8d08658dde1a7fddce7e78708eb7f2640bf150bb" https://owlbot.info/v1/me`, want: true},
		{name: "owlbot negative", input: `OWLBOT_TOKEN=%(OWLBOT_TOKEN)s`, want: false},
		{name: "mailsac header", input: `curl -H "Authorization: Bearer avkPqwfuAeqB7deP1yNutz6OxCf" https://mailsac.com/v1/me`, want: true},
		{name: "mailsac env", input: `MAILSAC_KEY=ffAXV8oo8noWi1vnB6zljN7Dp1v`, want: true},
		{name: "mailsac negative", input: `MAILSAC_KEY=<your-api-key>`, want: false},
		{name: "ticketmaster header", input: `curl -H "Authorization: Bearer VqSsOerh67BkMvx7IkH31wzfVwKh0TLI" https://app.ticketmaster.com/v1/me`, want: true},
		{name: "beamer client", input: `c := beamer.NewClient("b_vaiZxuAZV-HS5AFYOOtunRYmvuW44MyMBzn2_PeIgvk")`, want: true},
		{name: "beamer header", input: `curl -H "Authorization: Bearer b_v32MT0l1w7v72jIsn_fca0X_0nvMYg84pyuSMZOfaXK" https://api.getbeamer.com/v1/me`, want: true},
		{name: "iexcloud client", input: `c := iexcloud.NewClient("sk_8c8581293a2d55bb0e27dcf97f66b055")`, want: true},
		{name: "iexcloud negative", input: `IEX_CLOUD_TOKEN=sk_ed3a5b1d5818faba`, want: false},
		{name: "sendbird header", input: `curl -H "Authorization: Bearer c3b5b43363d05f0d9e32022aba8e894dcac08aef" https://api-abc.sendbird.com/v1/me`, want: true},
		{name: "sendbird env", input: `SENDBIRD_API_TOKEN=9625aa4d71986be8b8f68af6e331789ee05d75f2`, want: true},
		{name: "insightly client", input: `c := insightly.NewClient("18d9f5cc-ec13-4bde-b3b4-0dedf6cb28f0")`, want: true},
		{name: "mistral header", input: `curl -H "Authorization: Bearer ynxwTHSGDrTGoPVO3YzGTTU2JWWfgWey" https://api.mistral.ai/v1/me`, want: true},
		{name: "mistral negative", input: `MISTRAL_API_KEY=YOUR_API_KEY_HERE`, want: false},
		{name: "scrutinizerci client", input: `c := scrutinizerci.NewClient("7b7f10d2baa6e21750b945207c8862da8f4b684462040a6faa3d030ffc30c1d9")`, want: true},
		{name: "pdfshift client", input: `c := pdfshift.NewClient("sk_43d7a431045892702a5e10925481cf365dc7765f")`, want: true},
		{name: "pdfshift env", input: `PDFSHIFT_API_KEY=sk_efdb53c74006d9ca51dbccbadc35cff87b872e7d`, want: true},
		{name: "opencagedata client", input: `c := opencagedata.NewClient("9c80198b244c1f0c70428fc8c6f774d4")`, want: true},
		{name: "shotstack client", input: `c := shotstack.NewClient("9P5EfJdebE8StVtl7UFoLrl4jvD9kCUs8MjjazmZ")`, want: true},
	}
	for _, tc := range cases {
		if got := detect(tc.input); got != tc.want {
			t.Errorf("%s: got %v want %v", tc.name, got, tc.want)
		}
	}
}
