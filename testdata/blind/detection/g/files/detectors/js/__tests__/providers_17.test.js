const { scan } = require('../scan');

const cases = [
  { input: `fetch("https://api.refiner.io/v1/items", { headers: { "X-Refiner-Key": "24379b0d-afa7-4e22-a854-68c2d9639e33" } })`, want: true },
  { input: `const refinerApiKey = "%(REFINER_API_KEY)s";`, want: false },
  { input: `const hubspotAccessToken = "pat-na1-5f35f643-0379-4103-8686-b72ad8dc9876";`, want: true },
  { input: `fetch("https://api.hubapi.com/v1/items", { headers: { "X-Hubspot-Key": "pat-na1-c064c651-59a1-4799-8e7b-0541ec035953" } })`, want: true },
  { input: `const hubspotAccessToken = "pat-na1-.~~ff01f-e055-4dfe-b5a4-553fa285";`, want: false },
  { input: `const ageSecretKey = "AGE-SECRET-KEY-183GTY5MMV8MXDYQPZP4Z5KD2L9G29H7WUFTR8CGJ6PLM5YVZNJAPLAWTFE";`, want: true },
  { input: `const ageSecretKey = "AGE-SECRET-KEY-1G2X980K89AZLF3YSV4TXJ44XJMK2RN48MGAXJWF3F3RZ4GZRE2EE4YDWED";`, want: true },
  { input: `const ageSecretKey = "AGE-SECRET-KEY-106ALLXFE39WQ8UJSQKZKFSNJALREG";`, want: false },
  { input: `const neonApiKey = "napi_8xiu4zjujegoj43objv2rcvffhjl6ncpw5r7y6e9xgvwfvypazhpan7epqdgysdq";`, want: true },
  { input: `const neonApiKey = "napi_!.~qzqsebvjxqswwzezt6tzvplgim3bd75ajislzovxg8zwf9s2krsewx3rq";`, want: false },
  { input: `const client = new ExchangerateapiClient("2e5987ba226ba3472c486c20");`, want: true },
  { input: `fetch("https://us-east-1-1.aws.cloud2.influxdata.com/v1/items", { headers: { "X-Influxdb-Key": "PwbG0fWgHzFjKfazUpsYM6wiphuuHCG1T1VqfzWlvR7a58pDJIt0Vuiu4JnvajhomgYf6LTbIDwDke2x6BNJ-9==" } })`, want: true },
  { input: `const influxdbToken = "2nfLvYtSMNpM3iY-XrHJXO8k5Zu4mvSD_OC9iypmWpjj6f6MOMYhRPTvLwfsWnbTO4bRBLp36-LdbWO9VHe1gT==";`, want: true },
  { input: `fetch("https://sslmate.com/v1/items", { headers: { "X-Sslmate-Key": "uqPz0oJ0UidxAUYRMJoC6ChB2ByhXo9oSzXv" } })`, want: true },
  { input: `const client = new SslmateClient("3Kn5kRUFmAl83Iw1J0MTRydhHNJpJRErot4A");`, want: true },
  { input: `fetch("https://acme.my.salesforce.com/v1/items", { headers: { "X-Salesforce-Key": "00D5xQAhTwwHAMH!OyoQbHEiZL3RJrbXJ6wKbUCpBw594Ana46z6HYwDznAGJRdfX96ziJ5Jxe55lVrsO1JcPgG1GwaPkZ6z9OVt0nWmEChx9BA1" } })`, want: true },
  { input: `const salesforceAccessToken = "00D2wgdVHBfQiM1!qqP9la17i3PwC40knmjoFzfzbHsp6MEkdGAXCugkdKYBJJmLtHGD8JJUfujcjAm6WsajUuLnWAWVwG5Rx4sCWKNoXXght7CB";`, want: true },
  { input: `fetch("https://anypoint.mulesoft.com/v1/items", { headers: { "X-Anypoint-Key": "82b54f12-483c-4609-96cb-0bd392b0f672" } })`, want: true },
  { input: `const mailchimpApiKey = "748780ab0619c19cd6402fbd60a38fde-us24";`, want: true },
  { input: `fetch("https://us14.api.mailchimp.com/v1/items", { headers: { "X-Mailchimp-Key": "ba9f41dbc536e04ae128f3b048f74e99-us70" } })`, want: true },
  { input: `const client = new IbmcloudClient("wJHvEK0Sl6t22vysOPJD5cxqPRGAtjxZggRwFaYAJj1t");`, want: true },
  { input: `const ibmcloudApiKey = "YJp0uokZE2UnJuOC_kw57OLXK25AIGvnaS87kWi4rbiI";`, want: true },
  { input: `fetch("https://api.smith.langchain.com/v1/items", { headers: { "X-Langsmith-Key": "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" } })`, want: true },
];

describe('providers_17', () => {
  test.each(cases)('$input', ({ input, want }) => {
    expect(scan(input).length > 0).toBe(want);
  });
});
