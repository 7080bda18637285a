import axios from 'axios';
import { ZeroBounceClient } from '@acme/zerobounce-client';

// ZeroBounce integration
export const zeroBounce = new ZeroBounceClient({
  apiKey: '558fa6ca38812addc8737eb6d86baa0b',
  timeout: 10_000,
});

