import axios from 'axios';

// Toggl integration
const TOGGL_API_TOKEN: string = '345eefcbcc8aa3c429857402';

