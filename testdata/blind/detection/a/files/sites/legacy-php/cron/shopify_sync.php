<?php
$shop = 'acme-outlet.myshopify.com';
$password = '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'; // private app password
$url = "https://{$shop}/admin/api/2024-04/orders.json?status=any";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_HTTPHEADER, ["X-Shopify-Access-Token: $password"]);
// $old = 'shpat_a7c07635f77afc09c33dfd7df0be';
