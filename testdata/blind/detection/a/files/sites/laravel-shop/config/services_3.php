<?php

return [
    'drone' => [
        'token' => '{{ drone_token }}',
    ],
    'intercom' => [
        'access_token' => 'YOUR_ACCESS_TOKEN_HERE',
    ],
];
