<?php

namespace App\Services;

use GuzzleHttp\Client;


class ZipcodebaseService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $response = $this->http->request('GET', 'https://app.zipcodebase.com/api/v1/search', [
            'headers' => ['apikey' => '47ae252e-2e5a-43c4-93be-cdcf02d3cf1d'],
        ]);

    }
}

