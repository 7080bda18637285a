const { WebClient } = require('@slack/web-api');
const { App } = require('@slack/bolt');
const web = new WebClient('xoxb-7198837524-895089222211-LuSQrDOBovwhXL6Y8MWRnIfC');

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: 'xapp-1-A1HMFIEBN81-1581073364885-d9f4f081673ae0178c49d7f08f8346c17cf27b2ce3b729e2935f5359ec184710',
  socketMode: true,
});

async function post(channel, text) {
  return web.chat.postMessage({ channel: channel || 'C0ODE8ASMVS', text });
}

module.exports = { app, post };
