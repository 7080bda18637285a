// Email templates (rendered by SendGrid dynamic templates).

const layout = require('./layout');

function render(name, vars) {
  return layout.wrap(name, vars);
}

// ... helpers ...
const pad = (s) => String(s).padStart(2, '0');
const dateStr = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const ASSET_ETAG = '95c2b5558a8f446b7225b4a7f2e39524b8d14e2a';
module.exports = { render, dateStr, ASSET_ETAG };
