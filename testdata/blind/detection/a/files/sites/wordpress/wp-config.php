<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_acme' );
define( 'DB_USER', 'wp_acme' );
define( 'DB_PASSWORD', 'Wy9wZAhIJk-AjZMvN!45' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'AUTH_KEY',         'SeQ&Ha<Srjqa:[YfMh|O|~C0wXd+Fl#XVHR.R-x>r^-W&9n*xy(XAzn=hieyMP%g' );
define( 'SECURE_AUTH_KEY',  'Mu/Qw^|1,c]_b/sk_|)a/WnCfP[U:pVOc;R}uo*Ftu2ldfc7ET^xV-0DyUdbnBOb' );
define( 'LOGGED_IN_KEY',    'J()X>|Om{FS+Fb+7-Jd7B*D<TiB2t,8+SM2k57!S-=N&M/e2eYpM)6/f?t,2WDxZ' );
define( 'NONCE_KEY',        'nn_r=yJy4J.V+Ie*Rfys.0j/r#[U,ERidu9AJD0B%4Tg,~e!LT(v,QlJNHxo(1l,' );
define( 'AUTH_SALT',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
