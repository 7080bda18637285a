// ignore_for_file: constant_identifier_names

// Replicate
const replicateApiToken = 'r8_F7rqbeM2UEIOTxFAyleNfMrRtn9nvRvYLV479';
// Metrilo
const metriloApiToken = 'twu1ysokl05l4l4z';
// Plivo
const plivoAuthToken = 'wrcPiu33Rm3yFt9wfK8TFmN5T3oL8r2IfzOfTnqb';
// Mailmodo
const mailmodoApiKey = 'REPLACE_ME_MAILMODO';

// Dwolla
const dwollaSecret = 'tayR7eKjgcmSvdPvTetM30j4R3tDwkkLWi6NmKBmIsAJGn06fK';
// Kontent.ai
const kontentManagementApiKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNTY2MDY2OCIsImlzcyI6ImtvbnRlbnQuYWkiLCJpYXQiOjE3MDQ3MDY0NzYsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.wEIxnBhOwJ5qSNAqtWGg7LtqyT3rNYLE_xlhhAQZjHY';

// ChatBot
const chatbotApiToken = 'LPAsG8TNkx7c5YRFVGxxrRfaOQBXuewC';
