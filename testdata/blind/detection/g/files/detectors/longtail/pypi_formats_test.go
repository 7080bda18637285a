package longtail

import "testing"

func TestPypiFormats(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "pypi env", input: `PYPI_API_TOKEN=pypi-AgEIcHlwaS5vcmcCJphRHfniSYeeokqBr0X-dYLNZfM6fmU-cM7-Frn7v3gTk8wEnJWkd9t_OcUXJWqCE2HatepcRxJJZypVvxi2xk2AsQViT2rlAGoDMLOONVIARlTmIMZFFpV_8d6gh4pVIG6Pu25euEL5jb4JFzTphuI`, want: true},
		{name: "pypi header", input: `curl -H "Authorization: Bearer pypi-AgEIcHlwaS5vcmcCJlFKqSLqKZSpGWPmOfmBu0SfAx_hEc_4gVXSIj3LS3rdzo3woWcDZ0No9_V-5FK6OTms2EcJcJ4c50ZfKvt2dvKaGF5N_3pGtmGbvu9SZ-ZJJkZe2aJXVsMv6Ydd2rJxWF3adPr6yE_TcQl3xm2tg5y" https://upload.pypi.org/v1/me`, want: true},
		{name: "pypi client", input: `c := pypi.NewClient("pypi-AgEIcHlwaS5vcmcCJjHbiBhYlqFFxKDH2QA9iKvJW4aTnLdTyo4Fwg3dEybox8BuD_PQelLgmVL4bUGZwlu4AK0VLAh2YMnrYhUKyVzg-P3UzuqzQMgbfLmZWJAreOHs4-zS8f1CDohxZmkj0pPDiAkko7eODQWc2h84GEF")`, want: true},
		{name: "pypi negative", input: `PYPI_API_TOKEN=pypi-FY2Tktkw`, want: false},
		{name: "pypi negative", input: `PYPI_API_TOKEN=xxxxxxxxxxxxxxxx`, want: false},
	}
	for _, tc := range cases {
		if got := detect(tc.input); got != tc.want {
			t.Errorf("%s: got %v want %v", tc.name, got, tc.want)
		}
	}
}
