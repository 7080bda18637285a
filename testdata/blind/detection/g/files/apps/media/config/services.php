<?php

return [
    'database_url' => 'postgres://media:NqbygChU4W5G3@pg.acme-corp.net:5432/media',
    'teamwork_desk_api_key' => 'H94C8d05Abzo65mtNQEYdXbdHphYEQoiymPfugE1',
    'ayrshare_api_key' => 'BC9FF7F6-6A28AA8A-BD6CD0AA-0FC8C819',
    'baremetrics_api_key' => 'lk_buJslqEyCzq403MvmWNfXX',
    'alchemy_api_key' => '1pisBRM8BLsQvDcRlRjBO8_2LwQAFeuc',
    'wwo_api_key' => '62fc1d1c758c59a09969e31d283d49f',
    'stability_api_key' => 'sk-PlqvhL9F7xBK8HTtt7VZ8mGjV5c24oB9TBUYJgkaOPGmx2Qh',
    'pulumi_access_token' => 'pul-22959eea8298986057e906fcffdf9b4a796204e2',
    'mux_token_secret' => 'FhdUpMhS8w7E0UHRPkvkS6pOKEMsIPmHKMWJC3ShI7kjzS4+WqNt4tEEgwpwzb0gMG5AKn6dh11',
    'teamwork_desk_api_key_fallback' => '<set-me>',
];
