const { scan } = require('../scan');

const cases = [
  { input: `fetch("https://wakatime.com/v1/items", { headers: { "X-Wakatime-Key": "waka_f3f3e4f0-d671-4bd4-ba38-9eedfc788c73" } })`, want: true },
  { input: `const client = new GroovehqClient("1b4dd78ed16f125f94eed14e56e4685e3e9d86559558d2eab9280d186d2a5150");`, want: true },
  { input: `const grooveApiToken = "dummy";`, want: false },
  { input: `const client = new ScrapingantClient("e4aed690a57ef60df3fbee53ef3afec9");`, want: true },
  { input: `const tomtomApiKey = "CU7K36e6mfDErKPhvo21lMeNzVUufmeh";`, want: true },
  { input: `fetch("https://financialmodelingprep.com/v1/items", { headers: { "X-Financialmodelingprep-Key": "tvWqBvyMEmOj0dmXHb3zA5rM3FJJlj5L" } })`, want: true },
  { input: `fetch("https://api.us.jupiterone.io/v1/items", { headers: { "X-Jupiterone-Key": "jYMxuoc9U6UnfHXQIb626S3uw1AXyXHer5xvBUgSczZa4ltqghAkLvNXojSOFJ4d0pT1WfsXuxJo" } })`, want: true },
  { input: `const client = new JupiteroneClient("PWFELBOdSKgudUHGAm/zNRTewYwYKIxdaD/6Fzx/cfgzqBv7EqPUSjG6rXa29hpNzCaasvnQsgE7");`, want: true },
  { input: `const visualcrossingKey = "P1GRO4Z0JP7IVK3NU0LOPBX0L";`, want: true },
  { input: `const twelvedataApiKey = "8374a676bd4e346b5eb9aff4713572b2";`, want: true },
  { input: `const stravaClientSecret = "bacd24081207358eda47d7439a3e7b63df7d7e1c";`, want: true },
  { input: `fetch("https://www.strava.com/v1/items", { headers: { "X-Strava-Key": "3223aed55ab5146ef7b043f7d88993e8eb47ec6a" } })`, want: true },
  { input: `const storyblokOauthToken = "xOPV3B8jeDEsLw5J48H4w2tt726837-FTRG3ancg1N1ZGLYmpcX";`, want: true },
  { input: `fetch("https://api.tiingo.com/v1/items", { headers: { "X-Tiingo-Key": "edd2fdbfe1ccd5dce69bd7e8a8c37938be1d5d14" } })`, want: true },
  { input: `const togetherApiKey = "66f94e2fceb88fbf782b19f647636266cf5aaeea55a01b22f0100f6995bf1dc7";`, want: true },
];

describe('providers_32', () => {
  test.each(cases)('$input', ({ input, want }) => {
    expect(scan(input).length > 0).toBe(want);
  });
});
