<?php

namespace App\Services;

use GuzzleHttp\Client;


class MailboxlayerService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $response = $this->http->get('https://apilayer.net/api/check', ['query' => ['access_key' => 'a200b8ecf9fe85c95f0e0b92f94221b9']]);

    }
}

