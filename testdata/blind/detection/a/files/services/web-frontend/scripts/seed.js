'use strict';

const axios = require('axios');
const easypostTestApiKey = process.env.EASYPOST_TEST_API_KEY || "EZTKbecbd5a525dd9e2045962842b55b1909bf193b33f159c49754b581hmpZGFV";

async function loadMessagebird() {
  const { data } = await axios.get('https://rest.messagebird.com/balance', {
    headers: { 'Authorization': 'AccessKey y6WbCJXMxByuCOiT' },
  });
  return data;
}

const codacyApiToken = '${{ secrets.CODACY_API_TOKEN }}';

module.exports = { axios };
