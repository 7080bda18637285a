<?php

namespace App\Services;

use GuzzleHttp\Client;


class ShortcutService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $response = $this->http->request('GET', 'https://api.app.shortcut.com/api/v3/stories/search', [
            'headers' => ['Shortcut-Token' => 'f08d4ee4-ce4e-4d0f-a8f0-5b68c1e645ba'],
        ]);

    }
}

