import axios from 'axios';

// MapQuest integration
const MAPQUEST_API_KEY: string = "Q8qr98PTCxntpG3oO5Wftet2fqhKpMil";
export const mapQuestUrl = (q: string) => `https://www.mapquestapi.com/geocoding/v1/address?key=${MAPQUEST_API_KEY}&q=${q}`;

