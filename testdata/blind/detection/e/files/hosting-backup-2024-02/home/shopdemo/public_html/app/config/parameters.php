<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'shopdemo_ps',
    'database_user' => 'shopdemo_ps',
    'database_password' => '226CJtHF3zYdtdsH',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => 'BbT1Rcl2ktSbhUr65Ww9vUax1ic8ngUIc4rcSzYZ8GowHR6XHuinKDWN',
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => 'djgwBrZGjr9esBU6kPOkIgTxbLDralYSMjj0MqqPxpgDERHKun48z8r4',
    'cookie_iv' => '',
    'new_cookie_key' => 'def00000cac2176f76478f72b7b1fbc674457a44e10afb32e37ef41e59a83b29c72a226f0670498dc6356fcb56df7d4ed66b072afe0561814a14453bf777ff55',
  ),
);
