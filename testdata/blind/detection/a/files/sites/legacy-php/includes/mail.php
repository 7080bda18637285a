<?php
require 'vendor/autoload.php';
$sendgrid = new \SendGrid('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');
// $sendgrid_old = new \SendGrid('SG.kF81ZG4DeQnpRza8.sGAm-gNjK9GN_JcW5w_61AAWYg8nltJweeGCJ6TaZW6');
$email = new \SendGrid\Mail\Mail();
$email->setFrom('no-reply@acme-corp.io', 'Acme');
