<?php
$license = 'Owned-KH526D06QV38BUE81P6T';
$db_host = 'localhost';
$db_port = '';
$db_username = 'billing_whmcs';
$db_password = 'UI-2MMJqAwh+vStaPDVf';
$db_name = 'billing_whmcs';
$cc_encryption_hash = 'r3ImkeeBP36nJBEbkzEzOS1anbKzFEDFMxyVqpSrXBSzfa57MGYkC4Vl6mrxoznq';
$templates_compiledir = 'templates_c';
$mysql_charset = 'utf8';
