<?php
$CONFIG = array (
  'htaccess.RewriteBase' => '/',
  'memcache.local' => '\\OC\\Memcache\\APCu',
  'apps_paths' =>
  array (
    0 =>
    array (
      'path' => '/var/www/html/apps',
      'url' => '/apps',
      'writable' => false,
    ),
  ),
  'instanceid' => 'occop55tudzj',
  'passwordsalt' => 'd63z1MSqDFy41185vTAcEKXRL8+5M2',
  'secret' => 'GCNAIXJmDJdkhcam8aq6E1YrtDVGrK1sULsu/X9qNypcl2RQ',
  'trusted_domains' =>
  array (
    0 => 'cloud.home.example',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '28.0.3.2',
  'overwrite.cli.url' => 'https://cloud.home.example',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Q5xhLbQl7q8ozVtgFM748oQeq9WJl2',
  'installed' => true,
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.fastmail.com',
  'mail_smtpport' => '465',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'cloud@home.example',
  'mail_smtppassword' => '',
  'maintenance' => false,
);
