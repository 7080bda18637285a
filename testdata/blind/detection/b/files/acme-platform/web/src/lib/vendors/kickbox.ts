import axios from 'axios';

// Kickbox integration
export async function getKickbox(params: Record<string, string> = {}) {
  const qs = new URLSearchParams({ ...params, apikey: 'live_82d267da4314dcda2e414fd4c541ecede3617290a88e360c6e7bc2d0fe66a345' });
  const res = await fetch(`https://api.kickbox.com/v2/verify?${qs}`);
  return res.json();
}

