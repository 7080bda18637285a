<?php

return [
    'database_url' => 'postgres://scheduler:Violet8768meadow@db-prod-01.internal:5432/scheduler',
    'squarespace_api_key' => '787c87fa-910e-42cf-a147-715bdd4b2e0f',
    'kraken_private_key' => 'dhim+M0+KhRAMCrWtr9HkXxP4L4Rh9EMvIIX2Sok6NjBh54wPumeddwZvp19MTWhZOJMCqFFkPWQKR7zwUNvYV==',
    'ubidots_token' => 'BBFF-zWAphTcjwxbEUKBAe5YsUoR9vtjA9f',
    'upstage_api_key' => 'up_7JHZLc8w8hFroe7Ssr1WwIjyfjrBY8S2',
    'unkey_root_key' => 'unkey_go71KGDFutA1m9nYJF8blcdp',
    'gumroad_access_token' => 'CtLGWQLi_ejHLye3xvnkdrN8qSuTDspW3UhjnLl03Kk',
    'finage_api_key' => 'API_KEYRCYWRTTY7P78J850UOBN014PZQ70WD',
    'lob_api_key' => 'live_deb2f2b18147999d96db9489ffb04bef801',
    'squarespace_api_key_fallback' => 'REPLACE_ME',
];
