<?php

return [
    'mailgun' => [
        'domain' => 'mg.acme.io',
        'secret' => 'key-2813078f44a9cbd821cb3b4fa58d9700',
    ],
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    'paypal' => [
        'client_id' => 'AbCdEfGh0123456789',
        'paypal_secret' => 'EpG_CKOMkGT8VfcVKsTlNBnINXaiFFn_gPJfjfdUtU2K22TaNIoZH2DKef78QYlD6epyQY_iljaTjXrx',
    ],
    'algolia' => ['algolia_admin_key' => '01d3f1c8b8847be965980e69ad073269'],
    'database' => [
        'password' => '7gyUp~0JXR5YJ6',
    ],
    'meta' => ['access_token' => 'EAAGCVHZhM7vMalOCzb4tFiMJregkS7ozp2mnUOiWiq5a5gZATQfilJDtHv5MsGcrl46veIGRskc88lDpCY8ocL0H8pkfC2SLsseOHnCYy8n8mIcZexjboAAFi8EIiIqmyH1S4aW265kC0S9kGsvuofPFu'],
    'twitter' => ['bearer' => 'AAAAAAAAAAAAAAAAAAAAAGgobMNv1OAjUXT2p9ODC746JPnfaOM%3D3Gpkzeb82yyTrNv3skxGvjXyKV2Mv1y6wTviX4JJx8jz0F8erg'],
    'dropbox' => ['token' => 'sl.u.NWepO50CBLBaRZKgqS63bgMuZOf7fTMRb7_ltaBUGzfKOJC8bJazOsNldJy-NM_pzgXDA0lETSURqf14L3qG8V15_oweuUmaNbPg16mE_NBq_Wb3otPrp0akhrfR3MeiZ27Dft52_0I9'],
];
