const { scan } = require('../scan');

describe('twilio', () => {
  const sid0 = 'AC982f5b029a77bbeaa83194b2174f6405';
  const authToken0 = '3cd53fc24617cd3df382556e7c1017a2'; // twilio auth token
  const sid1 = 'AC3f9c900d24b0de08742f967d83bf0e4e';
  const authToken1 = '752a88defaecd90b71d405e7acd6ee4e'; // twilio auth token
  const client = twilio('SK83e7ec09238de9a43f802aa4251a0131', apiSecret, { accountSid: sid0 });
  const apiSecret = 'IP78FE6F3JnUS9E7KUoOGCTEUZPTpj3s'; // twilio API key secret
  const placeholderSid = 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
  const shortSid = 'ACc01ebeac25f4e97a667d'; // twilio
  test('finds credentials', () => {
    expect(scan(authToken0)).not.toHaveLength(0);
  });
});
