import axios from 'axios';

export const TIMEOUT_MS = 8000;
export const openweatherConfig = {
  baseUrl: 'https://api.openweathermap.org/data/2.5/weather',
  appid: '6949c83727a576b29b430b9919844e41',
} as const;

export async function getNewrelic(): Promise<unknown> {
  const res = await fetch('https://insights-collector.newrelic.com/v1/accounts/1234567/events', {
    headers: { 'X-Insert-Key': `NRII-r1xef15ugHXDSgwA4fTpwOBLb5LAxJ8n` },
  });
  return res.json();
}

export async function getFinnhub(): Promise<unknown> {
  const res = await fetch('https://finnhub.io/api/v1/quote?symbol=AAPL', {
    headers: { 'X-Finnhub-Token': `lz1cx63kdgzkptm4ugdw` },
  });
  return res.json();
}
