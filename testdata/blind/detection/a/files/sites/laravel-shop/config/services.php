<?php

return [
    'datadog' => [
        'api_key' => env('DD_API_KEY', '0df115c31ba19bfa7b7f807ad589d9fd'),
    ],
    'coinbase' => [
        'api_key_name' => 'organizations/a5e6902a-fca5-45c4-8c37-bc44e0ae31e9/apiKeys/c5ba6ee8-7063-4652-9bd3-ed4f14cb0abc',
        'api_secret' => env('COINBASE_API_SECRET', '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKN/gVrztW06pglqpkeI/sSWl/zD+cah+zBhVR3QvTYwoAoGCCqGSM49\nAwEHoUQDQgAE9VldVUXfI3c7Nes31Z2POnomFGoDVB93beBJbGQXH6FM6uZ06bd5\nGZ3miQ8AgfgeCSw5qB3aCCCdAO6qGG0D0w==\n-----END EC PRIVATE KEY-----\n'),
    ],
    'currencylayer' => [
        'access_key' => '7710fa6dbd08f53462c403cda5d3f9b0',
    ],
    'honeycomb' => [
        'writekey' => env('HONEYCOMB_WRITEKEY', '7dea203822b551d5b36f689d6f4400a8'),
    ],
];
