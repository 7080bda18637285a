<?php

// Ramp
define('RAMP_TRACE_ID', 'ad73f671-69c5-4fa4-916e-183c1dfee511');

// HubSpot
    'hubspot' => ['api_key' => 'pat-na1-efbe8c43-1081-483a-b4da-0da59587b1fb'],
// Frame.io
define('FRAMEIO_TOKEN', 'fio-u-MchOhAf4wKwcey-mKmr3J5R8pMypbbxkPwXvJ70gH_hYgUNFPgbsJBocr0Dsc571');

// Nimble
define('NIMBLE_COMMIT_SHA', '28b914254a2b2b1f2973da272ad56653e179d751');

// Verimail
define('VERIMAIL_TRACE_ID', 'f8658a331156fd7736657d2785902ec1b65a0334');
// JumpCloud
define('JC_API_KEY', 'jca_EESrZE4mdmXTblwDoxtmk4o9v3sDMoyoEbxP');
