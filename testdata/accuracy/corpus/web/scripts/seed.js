const { Client } = require('pg');
const Stripe = require('stripe');
const Airtable = require('airtable');

const stripe = Stripe('sk_test_gy0O8Pmm4NoaYNL5Wzzo1ECp');
const restricted = Stripe('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');
const base = new Airtable({ apiKey: 'pat8t4M1S6Zind0zE.9fecfe4c11a397fc13e5ec7b52c9e0a8e5aa8f70ca2df1f7680eb223102c41ad' }).base('appXk3L9mQ2wR7tYz');

const db = new Client({
  connectionString: 'postgres://seed:Tt3x1-w3Afduyw70@localhost.acme.dev:5432/seed',
});

const headers = {
  Authorization: 'Bearer 0i7ZEHriwUe9JVCDnrhidItywUD3eh3wwQTtFkWChJ7H2T1W',
  'Content-Type': 'application/json',
};

const typeform = 'tfp_gRZxXDpujBd5u9ZpSuxvhlWcwpvAbaLqiuVp0pfTVxKE_SSaMBDuupaP2VX';
const clickup = 'pk_52810021_BY433A76WDB4K0YKB7BA3E4WXCNJNBTE';
const readme = 'rdme_jffjsid6ddlufc17xnz2llbbnd625d42gg16rhyi5u97hvasyban6w80c5x0vhehvgswz4';

async function main() {
  await db.connect();
  const customers = await stripe.customers.list({ limit: 10 });
  console.log(customers.data.length, headers, typeform.length, clickup.length, readme.length);
}

main();
