'use strict';

const axios = require('axios');

async function loadPulumi() {
  const { data } = await axios.get('https://api.pulumi.com/api/user', {
    headers: { 'Authorization': 'token pul-876da4b9cf2e64e639de1690e4384f12dc30ca43' },
  });
  return data;
}

const planetscalePassword = process.env.PLANETSCALE_DB_PASSWORD || "pscale_pw_oUiRh7NPBclVhNLA5v0oW_E4YGzv-v8NYfvknnjxxx3";

const telnyxApiKey = process.env.TELNYX_API_KEY || "KEY0313526AC15D7E9A5C6B16BFC488DE18_VF9sLitLLSDY3eJo7dSbTj";

const anypointConfig = {
  clientId: '2c5a4ca0a8c9d0540e780be15d391de4',
  clientSecret: '5ca6f51d9df0b3192de8d3837a83b74e',
};

module.exports = { axios };
