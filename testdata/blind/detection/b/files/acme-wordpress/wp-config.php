<?php
/** The base configuration for WordPress */

define( 'DB_NAME', 'wp_acme' );
define( 'DB_USER', 'wp_acme' );
define( 'DB_PASSWORD', 'tMsh_3CTcBrgoqC54' );
define( 'DB_HOST', 'mysql.acme.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'mcdR44Jc&Sc;1:Fv_j}]KT}?C|R,<f2&7*z#tX12N_jS)uhO#J~?9MKN1&_zo_J^' );
define( 'SECURE_AUTH_KEY',  '6Y4M6JwH*}g~c,*<@DxDPUY)GxQMVtTRwJQvHgfk/uM60A9u*lT#B!+altN^LzQ[' );
define( 'LOGGED_IN_KEY',    'cnU1/BEkzl>S<a+[,1UdI6oYrNMBJ8lwJjCh}N~j<{?VTo2__OX+]9r8fr13GoR-' );
define( 'NONCE_KEY',        'F86}nx*[un=!NBiMknvG95xM|c(S)kEt5~<c/8]9U#r6x_,3:/NJM<U^,SPQy%#5' );
define( 'AUTH_SALT',        '0V]LkK@?%IxV*vmh8!6>6};P/m#CXw^LCOd70R/CIeC9xxQ>I6<#Lcy-~:O>upQl' );
define( 'SECURE_AUTH_SALT', '35!x,Jk0gVY5yPmeUMrI,/fN.xwa<iM<tj)zMx7kMjq^Rx4BE/Eb~^BK{egL!IcP' );
define( 'LOGGED_IN_SALT',   '^|ds5/[1e@KUYAK}9|zi&9<RuZ,5^xs,=_1=w8Te=gD+=RgL|&g!wvSN*agn]8UO' );
define( 'NONCE_SALT',       '6nOB@ZxKi,*RB+rH_ZG{1{qYsouNq*3go:b/d)_XfL=n:7yx88i.;Z~US1,t!!:N' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
