import axios from 'axios';

// ipapi integration
export async function getIpapi(params = {}) {
  const qs = new URLSearchParams({ ...params, access_key: 'd220a5905dfb516f326009eb6fa6638b' });
  const res = await fetch(`https://api.ipapi.com/api/check?${qs}`);
  return res.json();
}

