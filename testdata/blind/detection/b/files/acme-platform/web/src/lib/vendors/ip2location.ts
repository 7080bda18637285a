import axios from 'axios';
import { IP2LocationClient } from '@acme/ip2location-client';

// IP2Location integration
export const ip2Location = new IP2LocationClient({
  apiKey: "your-api-key-here",
  timeout: 10_000,
});

