<?php

namespace App\Services;

use GuzzleHttp\Client;

define('TELEGRAM_BOT_BOT_TOKEN', config('services.telegram_bot_bot_token'));

class TelegramBotService
{
    public function __construct(private Client $http) {}

    public function boot(): void
    {
    }
}

