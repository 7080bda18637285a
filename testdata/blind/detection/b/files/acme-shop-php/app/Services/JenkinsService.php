<?php

namespace App\Services;

use GuzzleHttp\Client;

define('JENKINS_API_TOKEN', '117fdd2907cb61fad5cded0e379f8eba1a');

class JenkinsService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

