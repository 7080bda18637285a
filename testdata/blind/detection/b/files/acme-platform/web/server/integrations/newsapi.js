import axios from 'axios';

// NewsAPI integration
export const newsAPIHttp = axios.create({
  baseURL: 'https://newsapi.org/v2/top-headlines',
  headers: { 'X-Api-Key': 'a76a92cbebc7573208d8a6793dc78fa8' },
});

module.exports = { ready: true };
