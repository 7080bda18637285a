<?php
// shared include for the old admin pages
$link = mysqli_connect("localhost", "shopadmin", "ORCHID!6321", "shop_legacy");
if (!$link) {
    die("Connection failed: " . mysqli_connect_error());
}

$pdo = new PDO('pgsql:host=db01.lab;dbname=crm', 'crm_ro', getenv('CRM_RO_PASSWORD'));

\Stripe\Stripe::setApiKey(getenv('STRIPE_SECRET_KEY'));
