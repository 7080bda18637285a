<?php

namespace App\Services;

use GuzzleHttp\Client;

define('MOCKAROO_API_KEY', '8ed9ad834a7ffdf');

class MockarooService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

