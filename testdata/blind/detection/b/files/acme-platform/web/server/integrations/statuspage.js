import axios from 'axios';

// Statuspage integration
export const statuspageHttp = axios.create({
  baseURL: 'https://api.statuspage.io/v1/pages',
  headers: { 'Authorization': 'OAuth ec248786-6de9-4e65-9b9e-4595f1ba87a0' },
});

