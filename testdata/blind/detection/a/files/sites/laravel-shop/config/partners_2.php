<?php

return [
    'buildkite' => [
        'agent_token' => '<your-buildkite-agent-token>',
    ],
    'twitter' => [
        'bearer_token' => env('TWITTER_BEARER_TOKEN', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
    ],
    'doppler' => [
        'service_token' => env('DOPPLER_SERVICE_TOKEN', '${{ secrets.DOPPLER_SERVICE_TOKEN }}'),
    ],
    'courier' => [
        'auth_token' => 'pk_prod_LD070WUE7JT47JH5',
    ],
    'betterstack' => [
        'api_token' => '8j24qWDs3t29v6aGdgk5EsWaWXwo1u7pC',
    ],
];
