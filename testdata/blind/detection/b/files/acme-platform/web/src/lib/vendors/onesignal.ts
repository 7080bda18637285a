import axios from 'axios';
import { OneSignalClient } from '@acme/onesignal-client';

// OneSignal integration
export const oneSignal = new OneSignalClient({
  restApiKey: "os_v2_app_tzvywwroowiy4q2q4w24jnbjvrl6v6o6ctu6wk6lmml36oevdb4m7nvgkmka6bmp3s52a3ji3nbwnuela5toltnbchhyzgho4hpg7cqmw2shy3em6",
  timeout: 10_000,
});

