import axios from 'axios';

// vpnapi integration
const VPNAPI_API_KEY = 'e50e814bb49a0fa0d1ad3b8c342607a0';
export const vpnapiUrl = (q) => `https://vpnapi.io/api/8.8.8.8?key=${VPNAPI_API_KEY}&q=${q}`;

module.exports = { ready: true };
