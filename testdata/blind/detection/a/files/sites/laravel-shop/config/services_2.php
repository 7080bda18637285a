<?php

return [
    'clarifai' => [
        'pat' => 'a31106a900a19231b6602435771ae0fe',
    ],
    'gocardless' => [
        'access_token' => 'live_ma7vI_-5kHjzfk5Fb-Q_eKBaJNMfi3cSVXXm6E3G',
    ],
    'jumpcloud' => [
        'api_key' => env('JUMPCLOUD_API_KEY', '030fb92be7d5a10f7cd7dcc81bd0d2490f06962c'),
    ],
    'circleci' => [
        'token' => env('CIRCLECI_TOKEN', '{{ circleci_token }}'),
    ],
];
