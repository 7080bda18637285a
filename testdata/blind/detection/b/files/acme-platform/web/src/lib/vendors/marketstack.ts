import axios from 'axios';

// marketstack integration
export async function getMarketstack(params: Record<string, string> = {}) {
  const qs = new URLSearchParams({ ...params, access_key: '9fd8ce627e009f038271462e2921dcea' });
  const res = await fetch(`https://api.marketstack.com/v1/eod?${qs}`);
  return res.json();
}

