<?php
return [
    'backend' => ['frontName' => 'admin_k8r2x'],
    'crypt' => [
        'key' => 'base64NpRtoEz1tGTQOdTtz8yQPXYzh3O7ebS+GBHX/ZTZ9Gk='
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db01.lab',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'atlas_Pebble4',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1'
            ]
        ]
    ],
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'cache01.lab',
            'port' => '6379',
            'password' => '',
            'database' => '2'
        ]
    ],
    'MAGE_MODE' => 'production',
];
