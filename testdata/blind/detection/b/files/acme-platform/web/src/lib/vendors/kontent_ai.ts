import axios from 'axios';

// Kontent.ai integration
export const kontentAiHttp = axios.create({
  baseURL: 'https://manage.kontent.ai/v2/projects/8d1f6a52-3c1e-4b0e-9d0c-5f0b2a7e9c41/items',
  headers: { 'Authorization': 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJrb250ZW50LmFpIiwic3ViIjoiMTExODY0MyIsImlhdCI6MTc1MzE2MzkzNywianRpIjoiMmZkYjhiNWZlZTI2ZGZhMWExOGQyZmI4OWYzMzM0YmMiLCJ1aWQiOiJ1c3JfZ2pjZHF6NTloeWp3M2NlaTJ5djg3bSIsInNjb3BlX2lkIjoiODVhMjNhZDQ1MWY5NDAxODVjNzdiMDRlMmU1ZDczN2UiLCJwcm9qZWN0X2NvbnRhaW5lcl9pZCI6ImZjZGM4ODVhZjM0YTdkOTk3ZGIxZTljZTNiODc4ZDI3IiwiYXVkIjoibWFuYWdlLmtlbnRpY29jbG91ZC5jb20ifQ.6y-riR-DJBiSOb5r2b5YHYJW2g6IeEsa4DvRC-H1X2c' },
});

