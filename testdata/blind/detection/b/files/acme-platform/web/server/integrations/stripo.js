import axios from 'axios';
import { StripoClient } from '@acme/stripo-client';

// Stripo integration
export const stripo = new StripoClient({
  apiKey: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZWN1cml0eSI6eyJwbHVnaW5JZCI6IjhmODY4MDBkZTFlMjU5MDkyNDg4ZWRhMjY1OWIyYjRjIn0sImlhdCI6MTY5NjgxMjMxMX0.u5X5r-cFQSIFCd6ftqq3kuUVQT8GA9d6b8V7XxvXw_o',
  timeout: 10_000,
});

