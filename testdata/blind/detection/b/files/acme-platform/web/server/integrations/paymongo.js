import axios from 'axios';
import { PayMongoClient } from '@acme/paymongo-client';

// PayMongo integration
export const payMongo = new PayMongoClient({
  secretKey: 'sk_live_SoGdwwhAj74y8vNdvERfVst4',
  timeout: 10_000,
});

