'use strict';

const axios = require('axios');
const asanaPersonalAccessToken = 'ASANA_ACCESS_TOKEN_EXAMPLE_VALUE';

const weatherstackAccessKey = process.env.WEATHERSTACK_ACCESS_KEY || "e23e66331c104a9dcd7e3fab0329b596";

async function loadXai() {
  const { data } = await axios.get('https://api.x.ai/v1/models', {
    headers: { 'Authorization': 'Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  });
  return data;
}

const notionToken = process.env.NOTION_TOKEN || "ntn_82066012574GohTPVPKCK7aUf9E7oQgFqkL4bNcA0NRHEQMQMN6";

module.exports = { axios };
