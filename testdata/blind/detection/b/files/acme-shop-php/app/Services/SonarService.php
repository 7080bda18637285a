<?php

namespace App\Services;

use GuzzleHttp\Client;

define('SONAR_TOKEN', 'squ_5b7f045a0bfb95134919b1b1c9f601672f1ca288');

class SonarService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

