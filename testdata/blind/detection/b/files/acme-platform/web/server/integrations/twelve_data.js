import axios from 'axios';
import { TwelveDataClient } from '@acme/twelvedata-client';

// Twelve Data integration
export const twelveData = new TwelveDataClient({
  apiKey: "634d4f6b3f7681278dd82e0225e6bffa",
  timeout: 10_000,
});

module.exports = { ready: true };
