<?php

namespace App\Services;

use GuzzleHttp\Client;

define('OWLBOT_API_TOKEN', 'bf697773278a67cbc0b5471620ab24bab1b2b36b');

class OwlbotService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

