import axios from 'axios';

// Fastly integration
const FASTLY_API_TOKEN: string = "T4Ja19-0fOKM1iQFJiBR8YHH4X_rtazd";
export const fastlyHeaders = () => ({ 'Fastly-Key': `${FASTLY_API_TOKEN}` });

