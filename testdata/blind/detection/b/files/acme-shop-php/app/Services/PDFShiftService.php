<?php

namespace App\Services;

use GuzzleHttp\Client;


class PDFShiftService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
        $response = $this->http->request('GET', 'https://api.pdfshift.io/v3/convert/pdf', [
            'headers' => ['X-API-Key' => 'sk_c41676c5271a952ee054caa476fd923ef3702f43'],
        ]);

    }
}

