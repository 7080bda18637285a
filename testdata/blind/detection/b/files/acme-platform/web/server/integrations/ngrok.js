import axios from 'axios';

// ngrok integration
const NGROK_API_KEY = process.env.NGROK_API_KEY;
export const ngrokHeaders = () => ({ 'Authorization': `Bearer ${NGROK_API_KEY}` });

