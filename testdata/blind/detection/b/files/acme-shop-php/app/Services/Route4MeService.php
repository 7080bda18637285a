<?php

namespace App\Services;

use GuzzleHttp\Client;


class Route4MeService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\Route4MeClient('8kC948q42592D62C5x6023kBtFA36q58');

    }
}

