<?php
// legacy cron helpers
require_once __DIR__ . '/../vendor/autoload.php';
$apifyToken = "apify_api_g5s3NjIjtOPuus9HqBhKNKF9SQQSCiJB1A63";
$dfuseApiKey = "server_2ae7ff58db9a77274fe247def4b195c7";
$buildkiteApiToken = "bkua_274bd7bfad51d888371a08a25a15c0ab9f72e254";

$ch = curl_init('https://app.codacy.com/api/v3/user');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['api-token: 5zcnkdIKRVnhKozdywRv']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$response = curl_exec($ch);
define('DELIGHTED_API_KEY', '7okmaVTnJ7EDRODUu2B6svue5VDRsJsm');
