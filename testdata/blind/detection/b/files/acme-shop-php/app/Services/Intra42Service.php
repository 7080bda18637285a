<?php

namespace App\Services;

use GuzzleHttp\Client;

define('INTRA42_CLIENT_SECRET', 's-s4t2ud-fe774wbad8he9wx7bd2iea043f912h81404d458b393b7f15a12d1958d49370f1');

class Intra42Service
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

