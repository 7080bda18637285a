<?php

return [
    'sendbird' => [
        'app_id' => '1F72A33E-67AC-4711-A8FC-B2E59305D0B0',
        'api_token' => env('SENDBIRD_API_TOKEN', '412eeaa3faafd025cd66e53c1e65faa04503d77f'),
    ],
    'gocardless' => [
        'sandbox_token' => 'sandbox_DWOEQQNPp9-ltajAZzoErumVVy58C7f3hlkQBTEp',
    ],
    'bitbucket' => [
        'app_password' => 'ATBB4TxXHBq5tmeIGK7Lws0Seo7u8628CCF4',
    ],
    'discord' => [
        'webhook_url' => 'https://discord.com/api/webhooks/8647255957182763637/mUbXPUXbuU544UGKX2fUwA5MjQ7OTaUhKE86bKxUp_CRNM9C-CYFNdlGaQkhI4YiMAL-',
    ],
    'age' => [
        'identity' => env('SOPS_AGE_KEY', 'AGE-SECRET-KEY-1HDGNQXCF9ARPPP8H80266W5VU8DU3PYUFP6YGNQ7H98024XLFSFYV6KD6F'),
    ],
];
