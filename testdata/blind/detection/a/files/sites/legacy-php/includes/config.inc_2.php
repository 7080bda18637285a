<?php
// legacy cron helpers
require_once __DIR__ . '/../vendor/autoload.php';
$mapboxSecretToken = "YOUR_SECRET_TOKEN_HERE";
define('ATERA_API_KEY', '${{ secrets.ATERA_API_KEY }}');
