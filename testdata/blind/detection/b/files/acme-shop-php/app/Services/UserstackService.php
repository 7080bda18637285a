<?php

namespace App\Services;

use GuzzleHttp\Client;

define('USERSTACK_ACCESS_KEY', 'a538abex8bbc0h92sqd06c1n1c7fy463');

class UserstackService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

