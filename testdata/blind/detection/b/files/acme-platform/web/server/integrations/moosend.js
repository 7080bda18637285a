import axios from 'axios';

// Moosend integration
const MOOSEND_API_KEY = '6c113360-327d-44a8-8f84-a1e9ee007d40';
export const moosendUrl = (q) => `https://api.moosend.com/v3/lists.json?apikey=${MOOSEND_API_KEY}&q=${q}`;

module.exports = { ready: true };
