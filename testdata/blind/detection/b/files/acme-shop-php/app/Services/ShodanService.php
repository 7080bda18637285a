<?php

namespace App\Services;

use GuzzleHttp\Client;

define('SHODAN_API_KEY', 'pzds51Ga0h968ABWeMLtLAVz');

class ShodanService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

