import axios from 'axios';

export const TIMEOUT_MS = 8000;
export const CURRENCYFREAKS_API_KEY: string = '${CURRENCYFREAKS_API_KEY}';

export const GITTER_TOKEN: string = '${GITTER_TOKEN}';

export async function getPulumi(): Promise<unknown> {
  const res = await fetch('https://api.pulumi.com/api/user', {
    headers: { 'Authorization': `token pul-a4c2a7be4269bb86bcd05c913` },
  });
  return res.json();
}
