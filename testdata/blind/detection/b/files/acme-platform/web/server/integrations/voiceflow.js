import axios from 'axios';
import { VoiceflowClient } from '@acme/voiceflow-client';

// Voiceflow integration
export const voiceflow = new VoiceflowClient({
  apiKey: "VF.DM.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  timeout: 10_000,
});

module.exports = { ready: true };
