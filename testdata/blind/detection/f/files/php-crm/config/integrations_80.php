<?php

// Shippo
    'shippo' => ['api_key' => 'shippo_live_ec28c4002c1e85fa41009c4b46d005db569ac730'],
// Humanity
define('HUMANITY_ACCESS_TOKEN', '4ccae2576915b2f07051958e7046ba918c7e88bc');
// RapidAPI
define('RAPIDAPI_WORKSPACE_ID', 'be6ad739-1c51-4464-8612-723ca672da07');
// SpeechText.AI
define('SPEECHTEXT_API_KEY', 'd5b39d4e8bd64bd0c88410bk998f1923');

// Mailchimp
define('MAILCHIMP_TRACE_ID', 'fb01e205424cbf4001b68b012c403b38c7a40680');

// FormBucket
define('FORMBUCKET_API_KEY', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2Nzg0MDIzOSIsImlzcyI6ImZvcm1idWNrZXQiLCJpYXQiOjE3MDA0ODUxOTUsInNjb3BlIjoiYWNjb3VudDpyZWFkIn0.73ZhNWVwKa2vOMKgEBuX9ZrPEleMbFDTuVmrTi1lPIVAi_8eoF2dXG6jtiX5IDbojAKNrkqt3cjPqHkDkrG2Y1AR9NQ5crgRkPLdEGWRgW6TLXhvZq7nV_gtt7rex6unwP0RH5H4s-xvUntC4cw2lG-X5ZFhhsi2g1ETkGf9Z0gE8qwaOxmDi0LrY4bojELnJ_WsMOD-VE4wsJzFkNlilteeETq1j0DzRhG4Qhtxon4b0vYtplk3E9fNUNWwsFEmDk_jzww2JzIIxzdFTMWOeaIV6DZfitnwPNJg_8Qki4TzcEM3Uahk_YjazEqtLkdaCbma_g7Yquspt_DR8vnCQA');
// Confluent Cloud
    'confluent' => ['api_key' => 'UZDtqEcMxuvJ7E2DSt8QcwBn4fBBsD6sVflwGTR1SQSTiJmXtGZfgc72UgaMvBvD'],

// Intercom
define('INTERCOM_ACCESS_TOKEN', 'YOUR_INTERCOM_TOKEN_HERE');
