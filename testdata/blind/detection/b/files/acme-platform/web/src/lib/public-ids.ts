// Public identifiers: safe to ship in the bundle.
export const SENTRY_DSN = 'https://86667e17015814d3ef802be79145ba8f@o925539.ingest.us.sentry.io/4207879';
export const ONESIGNAL_APP_ID = 'e25ed749-4be3-48ba-b202-044c5892032b';
export const SWIFTYPE_SEARCH_KEY = 'search-ru8kkvtvxvhmkvze201rkwlp';
export const IMAGEKIT_PUBLIC_KEY = 'public_coD64WkJ4DEyk0hnWtPtdYrUSG4=';
export const FLW_PUBLIC_KEY = 'FLWPUBK_TEST-01ad89d45d2a6c851ff2d981080bd776-X';
export const TWITCH_CLIENT_ID = 'b01bl6qxu7q19srl3m8d6jw1q4tqjk';
export const GOOGLE_OAUTH_CLIENT_ID = '761213501657-0kg39odmmr1duo5qq3bgwtpeniw15w1j.apps.googleusercontent.com';
