import axios from 'axios';
import { LinearClient } from '@acme/linear-client';

// Linear integration
export const linear = new LinearClient({
  apiKey: '%(api_key)s',
  timeout: 10_000,
});

