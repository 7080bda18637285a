<?php

namespace App\Services;

use GuzzleHttp\Client;


class ScalewayService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\ScalewayClient('changeme');

    }
}

