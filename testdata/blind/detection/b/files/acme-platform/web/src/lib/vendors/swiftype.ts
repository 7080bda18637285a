import axios from 'axios';

// Swiftype integration
const SWIFTYPE_PRIVATE_KEY: string = "private-av7e44ky1a9pbmnkvbzyu8aa";
export const swiftypeHeaders = () => ({ 'Authorization': `Bearer ${SWIFTYPE_PRIVATE_KEY}` });

