<?php

namespace App\Services;

use GuzzleHttp\Client;

define('MAXMIND_LICENSE_KEY', getenv('MAXMIND_LICENSE_KEY'));

class MaxMindService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

