<?php

namespace App\Services;

use GuzzleHttp\Client;


class MondayService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $client = new \Acme\Integrations\MondayClient('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0aWQiOjIxNjM2ODgyNiwiYWFpIjoxMSwidWlkIjo3ODIzMzU4MywiaWFkIjoiMjAyNC0wNS0wMlQxMDoxMToxMi4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJhY3RpZCI6NzQxNDA2NCwicmduIjoidXNlMSJ9.-BXnxBBDgAD6hPH5ZBrS0T_Lid1YUrQj2NeRS5V1Mc8');

    }
}

