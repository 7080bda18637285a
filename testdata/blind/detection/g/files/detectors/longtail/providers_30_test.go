package longtail

import "testing"

func TestProviders30(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "nicereply env", input: `NICEREPLY_API_KEY=5becc84a9db60df80b1a0dd88fafb1a3`, want: true},
		{name: "asana header", input: `curl -H "Authorization: Bearer 2/3459067809021378/5347401074555053:458fec1ce9d06e8c427237778a86d511" https://app.asana.com/v1/me`, want: true},
		{name: "xai header", input: `curl -H "Authorization: Bearer xai-rUxt4oTyomjM8JkS87oabH4sh8UAMx3MooyE4UXBMbevOsJSWsnLHYDR9QoJl4NYPyVEQ7QqUyILrAhT" https://api.x.ai/v1/me`, want: true},
		{name: "xai client", input: `c := xai.NewClient("xai-oRH8PzfagXaQBvZXadfWNsmwO1eM9AhF2n2aBRqxsgGS85z7YEkgWkPTbXHH9spDl8zWBZEZv4k5Hb1O")`, want: true},
		{name: "guardianapi client", input: `c := guardianapi.NewClient("aab327b4-1710-4254-8841-590b91b5f0ca")`, want: true},
		{name: "guardianapi negative", input: `GUARDIAN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, want: false},
		{name: "weatherbit header", input: `curl -H "Authorization: Bearer a531131479058a461b51532ad20543e5" https://api.weatherbit.io/v1/me`, want: true},
		{name: "weatherbit negative", input: `WEATHERBIT_API_KEY=${WEATHERBIT_API_KEY}`, want: false},
		{name: "vpnapi env", input: `VPNAPI_KEY=a2d194487eca8dad85c1e813e923e4d4`, want: true},
		{name: "vpnapi client", input: `c := vpnapi.NewClient("fbc21ca6a35ab05c63f843d415d1a7f5")`, want: true},
		{name: "vpnapi negative", input: `VPNAPI_KEY=<your-api-key>`, want: false},
		{name: "yelp header", input: `curl -H "Authorization: Bearer EMa7EZAPiMfbZMmGrcDVRzXyXoyDOUstuoYM2Gmy4S0YndwbVf7oD4sbmZ49gipAB8dMLUolNRw4TgjA-DmzR8BaeOq-McQDbdqL-Br2hgyNadP-ds97XPupRlrc0YnV" https://api.yelp.com/v1/me`, want: true},
		{name: "nuget header", input: `curl -H "Authorization: Bearer oy2srrc7zm6siiiafiqpvuwxo4s68xfl4t5pwrddhqamry" https://api.nuget.org/v1/me`, want: true},
		{name: "razorpay env", input: `RAZORPAY_KEY_SECRET=M8kbu8KaMiYTvTuGfDmLrNE3`, want: true},
		{name: "razorpay client", input: `c := razorpay.NewClient("Hti6kWliCr22ZPJJnUBM9NOH")`, want: true},
		{name: "harness client", input: `c := harness.NewClient("pat.rPxDh2NNScu3UIr5QAYDyb.a9dc4d7b1d62048aa27df7b0.H0pgQj0zJKCDdCnswY6A")`, want: true},
		{name: "coinapi client", input: `c := coinapi.NewClient("EC129AAA-6CB8-4AB7-97F9-0C430EC1770B")`, want: true},
		{name: "stitchdata env", input: `STITCH_API_TOKEN=ee92caa1e3a6f4344b2bb26a5e600b348097ad9097179f6b04e422b06386d06a`, want: true},
		{name: "stitchdata header", input: `curl -H "Authorization: Bearer 4c92e0b339b6001fd4a9d4791075c318177495fe4602e221e165c2544a3f9fab" https://api.stitchdata.com/v1/me`, want: true},
	}
	for _, tc := range cases {
		if got := detect(tc.input); got != tc.want {
			t.Errorf("%s: got %v want %v", tc.name, got, tc.want)
		}
	}
}
