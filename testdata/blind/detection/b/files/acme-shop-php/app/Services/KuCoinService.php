<?php

namespace App\Services;

use GuzzleHttp\Client;

define('KUCOIN_API_KEY', '20fa4282dfc4a391a7192ca7');
define('KUCOIN_API_SECRET', '6d3acc95-9d43-498d-81d6-4f510ec4e236');

class KuCoinService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

