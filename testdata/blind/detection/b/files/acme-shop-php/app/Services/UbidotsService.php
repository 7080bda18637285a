<?php

namespace App\Services;

use GuzzleHttp\Client;


class UbidotsService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\UbidotsClient('BBFF-GNf1S3KeNN8HhH2fEcaKag5TPCteJx');

    }
}

