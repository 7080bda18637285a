import axios from 'axios';
import { VirusTotalClient } from '@acme/virustotal-client';

// VirusTotal integration
export const virusTotal = new VirusTotalClient({
  apiKey: 'd33e24f837ce5699e052a9d3ef53e8be57484afbc9084445dfc638be6f5fa83b',
  timeout: 10_000,
});

module.exports = { ready: true };
