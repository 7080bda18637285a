import axios from 'axios';

// Insightly integration
const insightlyAuth = Buffer.from('1c06ae13-cb76-476f-ae89-79a63f932286:').toString('base64');
export const insightly = axios.create({ baseURL: 'https://api.na1.insightly.com/v3.1/Contacts', headers: { Authorization: `Basic ${insightlyAuth}` } });

