<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', 'ntbayZgI5aqKD' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', '3DDLqd-E|v+f{*t1{ulVO/;8|sm*<sdmpD5PZ(N*#])q&?k@L07ukFe.Lpv&Or5T' );
define( 'SECURE_AUTH_KEY', 'L[z9m11$]+bas3hAK&5H4D%oUth$~xlF^N(j=@~LR/tu5BSf%$5N-W^]l(T/ya^@' );
define( 'LOGGED_IN_KEY', 'cC7@;URc^BO~aNg3Y>mUouq_b:V]|NqdVEi%<_lL{o|AdG2X,rdecx_|/{U*LPe|' );
define( 'NONCE_KEY', 'TY@<X;/~KCb|!#t;YN,,_ucLu9TDyHn8KG>jG$5]A?&QA%!iyF&5>Sx|@bcs+:cj' );
define( 'AUTH_SALT', 'ULmyD<u.@H@IJ<{272~}hagP)){HA4;3<t3FYW2KRMY-uQcD#*oNUO>$u3v^BxTx' );
define( 'SECURE_AUTH_SALT', '1gM+XK$lAUP&?:zu4e]-^.OwFj]CaBsXq]y<_09gG>~QLlUfRYdh&b/g%Vh~XVWu' );
define( 'LOGGED_IN_SALT', '3%%QQfK<FN{L}[kk@#AN4.GKKmGW,?S1ww#kw!o&xRyQ|TBBHCa7o3pQLzRl>reO' );
define( 'NONCE_SALT', '4Oph-E.R_BG2=b;ad@oxp#qBrfU[]H}_^ur_SVbRJa;_L%:CF0FXK|&)I?]ajB>d' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
