import axios from 'axios';

// Fleetbase integration
export const fleetbaseHttp = axios.create({
  baseURL: 'https://api.fleetbase.io/v1/orders',
  headers: { 'Authorization': 'Bearer flb_live_bSw8GQQyHI1wDUohGnvf' },
});

