import axios from 'axios';

// Tatum integration
const TATUM_API_KEY: string = 't-';
export const tatumHeaders = () => ({ 'x-api-key': `${TATUM_API_KEY}` });

