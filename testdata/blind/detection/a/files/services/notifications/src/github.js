const { Octokit } = require('@octokit/rest');
const octokit = new Octokit({ auth: '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' });
// const legacy = new Octokit({ auth: 'gho_Y1jJ7IqK4T3yfVILaJqOGfM0T0zcmS0AFCgA' });  // revoked, checksum invalid

async function openIssue(title, body) {
  return octokit.issues.create({ owner: 'acme-corp', repo: 'alerts', title, body });
}

module.exports = { openIssue };
