'use strict';

const axios = require('axios');
const apilayerApikey = 'YzmpwMaKFtYZnkfRZ0e5xIuRaZc7pBDN';

const detectifyApiKey = 'd948a08c2889e4fbd1207b1e31a86f1c';

const adafruitIoKey = process.env.ADAFRUIT_IO_KEY || "aio_aKhgYncZVUq6aRBSimRlOYfjvhh9";

const netlifyAuthToken = 'nfp_AbSCRn9LZesYV41X5mSIiSgXv07j5sAj6oIKqG1z';

async function loadSquare() {
  const { data } = await axios.get('https://connect.squareup.com/v2/locations', {
    headers: { 'Authorization': 'Bearer EAAAGxh-u_xxuUseUAziuVJRrbuy77hrG3d9900o8R3y621KSQc7vTWIN9gBiDtU' },
  });
  return data;
}

module.exports = { axios };
