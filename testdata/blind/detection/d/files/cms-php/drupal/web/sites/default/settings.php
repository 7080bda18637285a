<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'Velvet-glacier-pebble-8',
  'prefix' => '',
  'host' => 'db01.lab',
  'port' => '3306',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
];

$settings['hash_salt'] = 'hZVyrx_pqNALKuHkG56JibFkIU99PBbdbqyo0MPt5iUqNVxPTvzMRuzakl2E2Lnp1JVwI3u9g6';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^www\.kovalenko\.dev$'];

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
