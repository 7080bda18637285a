import axios from 'axios';
import { TravelpayoutsClient } from '@acme/travelpayouts-client';

// Travelpayouts integration
export const travelpayouts = new TravelpayoutsClient({
  apiToken: 'bae0967a14d059107e1a051d19cfb785',
  timeout: 10_000,
});

