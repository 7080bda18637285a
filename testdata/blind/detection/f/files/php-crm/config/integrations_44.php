<?php

// Metrilo
    'metrilo' => ['api_key' => 'xxxxxxxxxxxxxxxx'],
// Netlify
    'netlify' => ['api_key' => 'nfp_TtrsMTUL8QtMT6MzOpKQ1BWNfYL0ayJknCJl'],
// NVIDIA API
define('NVIDIA_WORKSPACE_ID', '99296cd3-6e26-4fb6-985d-ff6a999eeacb');

// Really Simple Systems
    'reallysimplesystems' => ['api_key' => 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4MTQxNTk3OSIsImlzcyI6InJlYWxseXNpbXBsZXN5c3RlbXMiLCJpYXQiOjE3MzE3NDgyMjYsInNjb3BlIjoicmVhZCB3cml0ZSJ9.tRcmRX8-kOZ05Q6-meFHFykcJWK8ivseGR5yUXJ8SMJ8ky6McfZvSfk1gIn5noWV8dzlS9KbhQuPKqj3Xe5sYErKux8O1Za173izLMuyth9zHWDTuowuWqdsUhi1S1WqSxtqhf34rN0S_muExdpGIfTP4sCm2tbj1JhDaFRl8beZM7vCpkw-U34V2Wt9Cr_CUtuDw_HEisAdcK8RF-6f9bQ2ZQENZvHAFfR-9GPLyg0egdsc1zZWY_SWbmIiRwSPTiiB531YGNODEHfoL2-7n4gnP50ClDmIoIbDn9HnOPQLFdXp4k7_w2x3RqiatD12dctYQ0tHH68Vf04UpBN8AQ'],

// Apideck
    'apideck' => ['api_key' => 'sk_live_5yPXmmZdlopl60E2R7kxKzNd5QNwDTh29TsXOiRJFlgqFiTMeGBohKlRwjV6NRolafI0cV7F'],
