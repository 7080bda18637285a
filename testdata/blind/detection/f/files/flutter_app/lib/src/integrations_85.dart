// ignore_for_file: constant_identifier_names

// Mistral
const mistralApiKey = '36zszumhUXYdJ0XEdS4w7jKlaD4aQQVx';

// Cloverly
const cloverlyPrivateKey = '9c22fe90524576bfea8010eb100ea9b6';
// Blogger
const bloggerApiKey = 'AIzaAjHDjzcaMDJ_Pe3KOdCY8AzYkrU0IZM6gGx';
// Calendly
const calendlyToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5NjAzNTk3OSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jYWxlbmRseS5jb20iLCJpYXQiOjE3MTAxMDA2OTEsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.xgQTmCVtUShJBTAGcFU8wmKyHg5vXBaxvU5MiICp_Yo';

// Ionic Appflow
const ionicToken = 'ion_hNCCXjPfx4TyPnt9RTBz3zI7xg4umM2yt1w7xKGCap';
// SSLMate
const sslmateApiKey = 'or5doWwL5TNH3yDZurieo7NUvnmpYgNW';

