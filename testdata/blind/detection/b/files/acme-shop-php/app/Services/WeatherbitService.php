<?php

namespace App\Services;

use GuzzleHttp\Client;

define('WEATHERBIT_API_KEY', '2840399cdea3ce5a8d29f9eabe24a2ca5a1983f');

class WeatherbitService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

