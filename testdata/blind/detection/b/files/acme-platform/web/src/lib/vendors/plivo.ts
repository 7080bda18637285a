import axios from 'axios';
import { PlivoClient } from '@acme/plivo-client';

// Plivo integration
export const plivo = new PlivoClient({
  authId: 'MAOLQ56JH2259F335AVG',
  authToken: 'aTgT5AfGA2dR3OqaXS2looZczg2F6u5Rg4cGSXam',
  timeout: 10_000,
});

