package longtail

import "testing"

func TestProviders15(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "circleci env", input: `CIRCLECI_TOKEN=CCIPAT_cgLV4HWpLMRZZP8XpZiOPe_834f7018bbac9b6db9676408c750544741e5f43f`, want: true},
		{name: "circleci header", input: `curl -H "Authorization: Bearer CCIPAT_V4i12RTQhJnU4QqP6IlxOy_1f4454bdc0ffb22bfc044100f8f443c8a82eeefb" https://circleci.com/v1/me`, want: true},
		{name: "harvest client", input: `c := harvest.NewClient("2133166.pt.h8bh1lWvTXc8GrcP4GZyMUwcajIM4RAupIINXvJszZG6OCq7LgwsNmGmosPROMFVBoQfmQXH_BefkT6fp7Pt7e")`, want: true},
		{name: "pandadoc env", input: `PANDADOC_API_KEY=b48621f6e9917cf246b092919611d836da0ccf1c`, want: true},
		{name: "ubidots client", input: `c := ubidots.NewClient("BBFF-EKlD20KgASidnGVy8fQoKR1hJSAW4S")`, want: true},
		{name: "ubidots negative", input: `UBIDOTS_TOKEN=BBFF-Yd9dFXGRPBkFO7w`, want: false},
		{name: "messagebird env", input: `MESSAGEBIRD_ACCESS_KEY=yPZou5dff9bOpRNZrNgvT2nt9`, want: true},
		{name: "messagebird header", input: `curl -H "Authorization: Bearer bNm85qskMswJ9iE0eZJ0y6PTA" https://rest.messagebird.com/v1/me`, want: true},
		{name: "uclassify header", input: `curl -H "Authorization: Bearer Nod8CNja4g67" https://api.uclassify.com/v1/me`, want: true},
		{name: "flickr env", input: `FLICKR_API_SECRET=dd374654ce4158c2`, want: true},
		{name: "flickr header", input: `curl -H "Authorization: Bearer 3d82593827189987" https://api.flickr.com/v1/me`, want: true},
		{name: "currencycloud client", input: `c := currencycloud.NewClient("72fb3eb31e0a701e3fc0c0a358da2451d18cf9e9f626e7ea2fa3f09947475ef5")`, want: true},
		{name: "imagekit env", input: `IMAGEKIT_PRIVATE_KEY=private_J9us6kMbH80r9y69Cgo8XT0XcTXG`, want: true},
		{name: "everhour env", input: `EVERHOUR_API_KEY=e178-4236-dafc4f-c20e1f-e057bb31`, want: true},
		{name: "ramp client", input: `c := ramp.NewClient("ramp_sec_mtQrEDn7KcDm8DU2HFEirFr1cEwLtNHYD9AZH2ARC8qplTwp")`, want: true},
		{name: "twitter client", input: `c := twitter.NewClient("AAAAAAAAAAAAAAAAAAAAA2cj74on6ieSHrR65iaZhTo52%2B74Nt7TVMoCYiEX12wv%3D8VQWWzRp16kdcWBk835U4bK2eyL3OoOfXLiVCmgLkweg2uG2XV")`, want: true},
		{name: "twitter env", input: `TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAawMQDFDrvSQ6MwGqkgrq44RM%2BgsVP942yKRwgiS2GK0%3D9jkL3PsvmJULNGJuuhmc5R0nslzWDPIKPyAxBxFTnBUra1m99b`, want: true},
		{name: "twitter negative", input: `TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA~,~5D2NrMHAbgLf9h38cCoQV%2BYxwUUkwGRssIVvbAl2%3D2kbF3XsPGUvWo1ZbfkTGzqOdT5js0HmRG0lDjCyMwq9wnj`, want: false},
	}
	for _, tc := range cases {
		if got := detect(tc.input); got != tc.want {
			t.Errorf("%s: got %v want %v", tc.name, got, tc.want)
		}
	}
}
