<?php
// legacy cron helpers
require_once __DIR__ . '/../vendor/autoload.php';
define('BLOCKNATIVE_API_KEY', '1d51a616-df10-4bef-ba64-b9113522239d');
define('FACEBOOK_APP_ID', '5161559489028309');
define('FACEBOOK_APP_SECRET', 'b286830ba445c90aab2146b1d0477202');
define('ADOBE_CLIENT_ID', '7079f5267a8c12f749a5946b85d508b0');
$adobeClientSecret = "p8e-LCsHtzfqYf9VDVT7JoLiCygrve8VVwqc";

$ch = curl_init('https://acme.jfrog.io/artifactory/api/repositories');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-JFrog-Art-Api: AKCp8zQjmnKNgwnmQRRE4K4MAAkUSLkvrZmWc3m3eaOD3mWO5lobLrP3ZtW6BI43e19fsIpef']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$response = curl_exec($ch);
$airtableApiKey = "patMRxEHK5dxMfmgX.c226711daf5240121475ea1dbaa997f6968160335215f8e163691b80f07300a5";
