const twilio = require('twilio');
const client = twilio(
  'AC7d60f327187b5e66fc60a7da9d0bc0ba',
  '463db8ecddfbf488ec74cdca263c1181'
);
module.exports = client;
