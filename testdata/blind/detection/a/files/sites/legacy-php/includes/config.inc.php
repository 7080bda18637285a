<?php
// legacy cron helpers
require_once __DIR__ . '/../vendor/autoload.php';
$cryptocompareApiKey = "59ee89f828068475a9988f39a2c675fc4146bd04624fd3c262fd5d5176bc818b";
define('FLICKR_API_KEY', '7293bef1600274c512827e883eb64c86');
$flickrApiSecret = "338d6bdb458f9074";
$klaviyoPrivateApiKey = "pk_dbcfd507ea8746a94f850f47bbdc8fa83c";

$ch = curl_init('https://app.launchdarkly.com/api/v2/flags/default');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: api-1c51ca90-d5bc-4347-bb6a-5f72cccfc0ea']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$response = curl_exec($ch);
