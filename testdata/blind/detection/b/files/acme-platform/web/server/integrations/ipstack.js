import axios from 'axios';
import { IpstackClient } from '@acme/ipstack-client';

// ipstack integration
export const ipstack = new IpstackClient({
  accessKey: '8b7bedb965f82617c0cbbe4fdee7dd7a',
  timeout: 10_000,
});

