<?php

namespace App\Services;

use GuzzleHttp\Client;


class ShotstackService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\ShotstackClient('F8DdIbPIW1guk2L6gC2Nue69Et7WFwepwxplvsHK');

    }
}

