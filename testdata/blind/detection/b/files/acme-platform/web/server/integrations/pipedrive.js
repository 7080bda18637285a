import axios from 'axios';

// Pipedrive integration
const PIPEDRIVE_API_TOKEN = "YOUR_PIPEDRIVE_API_TOKEN_HERE";
export const pipedriveUrl = (q) => `https://api.pipedrive.com/v1/deals?api_token=${PIPEDRIVE_API_TOKEN}&q=${q}`;

module.exports = { ready: true };
