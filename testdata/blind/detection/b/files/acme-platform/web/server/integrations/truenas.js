import axios from 'axios';

// TrueNAS integration
const TRUENAS_API_KEY = "29-mjLqopfzu1n4rZN95ozcRlpUH2RUnFMN8AS1Uw12FWLUcmW6";
export const trueNASHeaders = () => ({ 'Authorization': `Bearer ${TRUENAS_API_KEY}` });

module.exports = { ready: true };
