<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'kleinbae_wp482' );
define( 'DB_USER', 'kleinbae_wp482' );
define( 'DB_PASSWORD', 'ulp9*a#MsiZF-8l%' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'l:0nFqBqb9yVR!<Oy/UFUqMGR}k4]h<]v=P7/h+MMl@nkj,9g:EG@UvI1(j.-tmz' );
define( 'SECURE_AUTH_KEY',  'BUfNnu|Of=%*na<2$kI%hJgfado>JP,;y)cSKZGEA3ROW8x${fEp7-HhTh>-S4c8' );
define( 'LOGGED_IN_KEY',    'HEql[z]QnSyBUj0JU^(,*GLm1(8mE^qMCqifXpH$4EFA#y)}i[-tdKi3wD/1#Uz%' );
define( 'NONCE_KEY',        '.aBqubZRpH(ycF-cVg%-T]ui[{[UFI~jGT2ljC?<lLCqm,qsQ3}7[VwKIo-<U1HS' );

define( 'WP_MAIL_SMTP_PASS', '' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
