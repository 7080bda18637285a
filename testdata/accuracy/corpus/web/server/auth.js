const jwt = require('jsonwebtoken');
const { google } = require('googleapis');

// test fixture copied from prod logs
const sampleIdToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2MTc2MjM3NCIsIm5hbWUiOiJzdmMtcmVxeW95IiwiaWF0IjoxNzM1Njg5NjAwLCJleHAiOjE4OTM0NTYwMDB9.1NjNejnWcvYX-1cKl5FtGCFOARn31-evfz5yyXt3pUA';

const oauth2 = new google.auth.OAuth2(
  '412093847561-3k2j4h5g6f7d8s9a0p1o2i3u4y5t6r7e.apps.googleusercontent.com',
  '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',
  'https://app.acme.io/oauth/callback',
);
oauth2.setCredentials({
  refresh_token: '1//04cS5BiWsdyN5cv8XC53zT5aLZMdbPnHv5UE96R4bdsZLTRRmltp9TC5QS-e8cqs0R32Jd3iZ5XE2hufZRRZESE59HsVTHZe6OXW',
  access_token: 'ya29.a0sTj3n5dBPnb4GR-HtLtRUbjpoBTxaaxQGLlzH29xguqweBDWi2AJRoVpt_NIVe8mK7SrIShojJOQ_og3xKtHhPynR684DRsPR9vdhdKKwzvva00vvs_dT8NUjsFtez_7ZRLAsvroufmPwsfO2FImqi',
});

const OKTA_API_TOKEN = '00HjFTeVvHwx9IBAeHRd20EcTEVQ0jCTrVUnB3aSKO';
const okta = { orgUrl: 'https://acme.okta.com', token: OKTA_API_TOKEN };

module.exports = { sampleIdToken, oauth2, okta, verify: (t) => jwt.decode(t) };
