<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', 'Pebblerustic97_' );
define( 'DB_HOST', 'mysql-wp.northwind.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '^4AmDM1gdM**yFTgiK/6Mtn|[=%V-71(tv(4xTQgTh4EyW4O{G(yY=t-<Ztoi+Z,' );
define( 'SECURE_AUTH_KEY',  'V%MH|IOfoNJcESYJ(n1[5+j;hXPiV.Yg}]usa=0X2[-Qy2j@K:-h){lf2@]+K6X4' );
define( 'LOGGED_IN_KEY',    '&=vRwXaxEWGv:tx3q+Z0`1Q)1Qr3AF?3O=9>~WpwKk,<-C;@]xM*[i!$-c9),&rz' );
define( 'NONCE_KEY',        'hIDQ*<>lCZ^spEBhqH8p7adOLKy|3m6WqU@ZS}H)7dG0&SxBSrVu$(#bj&`][8T_' );
define( 'AUTH_SALT',        '04sN1Tfs=7k?<U7+u}JE+]0aiaPV!yuXp.8Bxad{!]av~Bv;g!p6SE_f{-g>o0Kh' );
define( 'SECURE_AUTH_SALT', 'y*Uc7^Cof-|U]wPxUa;-Mdf`gm`m1hw6ygClA#7]4f>3.}s#V^ZrCL=QmN45[na*' );
define( 'LOGGED_IN_SALT',   'xsc6%:`c7C@/@d|7EZryeggh,17.#fRlVy`JyUF6/D.c-Hb}a5R^N@|+2C>;|jHH' );
define( 'NONCE_SALT',       '@UGA0DOqg0}a7mp(/XreSZ%OFe4OW%^iq>H/R5ztv^bJEQA[&>qTHjTQ7JHfnQ.j' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
