import axios from 'axios';
import { RAWGClient } from '@acme/rawg-client';

// RAWG integration
export const rawg = new RAWGClient({
  apiKey: "361b6aafd0d28335d209ca23d83042bf",
  timeout: 10_000,
});

