<?php

namespace App\Services;

use GuzzleHttp\Client;

define('ZENSCRAPE_API_KEY', 'b8cb96ac-be28-4d4e-8e49-717225c54b92');

class ZenscrapeService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

