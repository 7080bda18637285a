import axios from 'axios';

// People Data Labs integration
const PEOPLE_DATA_LABS_API_KEY: string = process.env.PEOPLE_DATA_LABS_API_KEY ?? '';
export const peopleDataLabsHeaders = () => ({ 'X-Api-Key': `${PEOPLE_DATA_LABS_API_KEY}` });

