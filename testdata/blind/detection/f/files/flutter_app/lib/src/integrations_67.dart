// ignore_for_file: constant_identifier_names

// Brandfetch
const brandfetchApiKey = 'br1LaaL55FRFEPdheIMfX5cxmufUembrs3H1tJsOt55M';
// Chec
const checSecretKey = 'sk_347710a8be7c44e020248ab56fcff856685323e259f98';
// Vercel
const vercelToken = 'GhD93vRioiAgLIjAxnuxXew4';
// Eraser
const eraserApiToken = 'Xh23J2JyiR0V0VfL6gdW';

// Findl
const findlApiKey = 'b3dbf7eb-52b6-44e6-ba62-ff563ca518a9';

// Eden AI
const edenaiApiKey = 'YOUR_EDENAI_TOKEN_HERE';
// Cloverly
const cloverlyPrivateKey = 'YOUR_CLOVERLY_TOKEN_HERE';
// Photoroom
const photoroomApiKey = '77a03f3cb7b9dd2e38b1fdd1e43b9491a761cbdb';
// Asana
const asanaPat = '2/5724311917820536/1525968168818946:8708bd9a19694f4fe8dde7a9d78a7cfc';
// Bitly
const bitlyAccessToken = '918ddff5cb82d4a079e65z4ebb1200a2ec45a386';
