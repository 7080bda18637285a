<?php

namespace App\Services;

use GuzzleHttp\Client;


class YNABService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\YNABClient('af1fe84c3b76478e48a0c07cf0d3cc7369472b0cc0482f72b59b7faf4455df2f');

    }
}

