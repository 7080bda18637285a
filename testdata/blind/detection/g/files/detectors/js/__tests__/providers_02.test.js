const { scan } = require('../scan');

const cases = [
  { input: `const onesignalRestApiKey = "os_v2_app_xlwfmz2kz2y2ldqan3oibal6qczewca32hxxvhtubyg5irvotng7xhmvcpa4adfjbnzuik643dirfwaaqxcvvlexfdxxh2hddotx57h4lafvkg";`, want: true },
  { input: `fetch("https://sourcegraph.acme.dev/v1/items", { headers: { "X-Sourcegraph-Key": "sgp_bc4f104854c283d2_f0db6526d49921a513664cb43d1e1db85b63e338" } })`, want: true },
  { input: `const client = new SourcegraphClient("sgp_72aaf8069236382d_80d269967b760a6ef8656667fd5a551ef6f2b38e");`, want: true },
  { input: `const srcAccessToken = "YOUR_API_KEY_HERE";`, want: false },
  { input: `fetch("https://api.data.gov/v1/items", { headers: { "X-Datagov-Key": "XtEYHrIJMG9Fy0rKEOLMtlmgI0i9KX6uSIA7tscg" } })`, want: true },
  { input: `const client = new DatagovClient("7aO1CQXcEFjHWp5J0tEpQvNcYGNWnlBISvkuAMAC");`, want: true },
  { input: `const pineconeApiKey = "pcsk_ZboYY_kUq9InR9kWRvYYiyocBpn8aiTkBWyy74o1XDMIrnNvLqcx8eapks2JxarhunqB0";`, want: true },
  { input: `fetch("https://shot.screenshotapi.net/v1/items", { headers: { "X-Screenshotapi-Key": "0JHWVYX8JEIMNQ7XWGZXHAFLEJ7V" } })`, want: true },
  { input: `const client = new SemaphoreClient("LiDxgffYl6nwktSwG6lb");`, want: true },
  { input: `fetch("https://acme.semaphoreci.com/v1/items", { headers: { "X-Semaphore-Key": "cJNm0DXPw9p1A41Dn0qK" } })`, want: true },
  { input: `fetch("https://api.weatherstack.com/v1/items", { headers: { "X-Weatherstack-Key": "19cc4bbfd134fc30bcca04082b1ad01b" } })`, want: true },
  { input: `const client = new WeatherstackClient("8a9a94487ddc18be814faf35b4d3682a");`, want: true },
  { input: `const notionToken = "secret_yFhPMTDY04kSaqjuIi5dHF5ub3uvKnvgmBlLYkMHwAN";`, want: true },
  { input: `fetch("https://api.notion.com/v1/items", { headers: { "X-Notion-Key": "secret_Sv6c23qLoGH0OWuyJ7yXtt43hlwI1HVN1nvigpXOym2" } })`, want: true },
  { input: `const notionToken = "secret_,$.hSLCHIrLYMJF4y0ZUW2KyyOMj3Uu5a3rwvmp";`, want: false },
  { input: `const client = new KrakenClient("QbHt3Jhj/SNW4qmN5TNPpEoSdfYWRLJe9RoqOTG3uCr5/OgvNwu4nsqPgFDevngZjZPoU6/haVOy3ynDIww0/p==");`, want: true },
  { input: `fetch("https://api.securitytrails.com/v1/items", { headers: { "X-Securitytrails-Key": "gwBVe2Ok9gQBgpnZUFhIg6oJLE6A5fwn" } })`, want: true },
  { input: `const securitytrailsApiKey = "${SECURITYTRAILS_API_KEY}";`, want: false },
  { input: `fetch("https://api.tavily.com/v1/items", { headers: { "X-Tavily-Key": "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" } })`, want: true },
  { input: `const tavilyApiKey = "tvly-.~$CbnwiyfqLGfpIN1zL8jLQrJKY";`, want: false },
  { input: `const survicateApiKey = "07071e000764c7b1959e6a3503ee98ef";`, want: true },
];

describe('providers_02', () => {
  test.each(cases)('$input', ({ input, want }) => {
    expect(scan(input).length > 0).toBe(want);
  });
});
