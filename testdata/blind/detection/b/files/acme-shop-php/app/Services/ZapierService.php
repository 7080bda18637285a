<?php

namespace App\Services;

use GuzzleHttp\Client;

define('ZAPIER_WEBHOOK_URL', 'https://hooks.zapier.com/hooks/catch/59401665/6vciuab/');

class ZapierService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

