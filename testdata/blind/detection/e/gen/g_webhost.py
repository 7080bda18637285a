"""Shared-hosting backup: WordPress, Joomla, PrestaShop, phpBB, MediaWiki, Moodle, WHMCS, cron jobs, dumps, logs."""
from lib import *
import keys

W = "hosting-backup-2024-02/home/"
SALT = ALNUM + "!#$%*+-=?@^_~.,:;<>[]{}|()/"


def salt(r):
    return "".join(r.choice(SALT) for _ in range(64))


def build():
    f = new(W + "kleinbaeckerei/public_html/wp-config.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'kleinbae_wp482' );
define( 'DB_USER', 'kleinbae_wp482' );
define( 'DB_PASSWORD', '{S(pw_rand(r, 16, '!#%*@-_.'), 'mysql', 'WordPress DB_PASSWORD')}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '{S(salt(r), 'wordpress', 'AUTH_KEY salt')}' );
define( 'SECURE_AUTH_KEY',  '{S(salt(r), 'wordpress', 'SECURE_AUTH_KEY salt')}' );
define( 'LOGGED_IN_KEY',    '{S(salt(r), 'wordpress', 'LOGGED_IN_KEY salt')}' );
define( 'NONCE_KEY',        '{S(salt(r), 'wordpress', 'NONCE_KEY salt')}' );

define( 'WP_MAIL_SMTP_PASS', '{N('', 'smtp', 'empty constant', 'empty', anchor="e( 'WP_MAIL_SMTP_PASS', '")}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""")

    f = new(W + "kleinbaeckerei/public_html/wp-config-sample.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', '{N('password_here', 'mysql', 'WordPress sample placeholder', 'placeholder')}' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         '{N('put your unique phrase here', 'wordpress', 'sample placeholder', 'placeholder', anchor="'AUTH_KEY'")}' );
define( 'SECURE_AUTH_KEY',  '{N('put your unique phrase here', 'wordpress', 'sample placeholder', 'placeholder', anchor="SECURE_AUTH_KEY")}' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

    f = new(W + "kleinbaeckerei/backups/kleinbae_wp482.sql"); r = f.r; S, N = f.s, f.n
    f.done(f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: localhost    Database: kleinbae_wp482
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `wp_users`;
CREATE TABLE `wp_users` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_login` varchar(60) NOT NULL DEFAULT '',
  `user_pass` varchar(255) NOT NULL DEFAULT '',
  `user_email` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `wp_users` VALUES (1,'baeckerin','{S(keys.phpass(r, pw_word(r)), 'shadow-hash', 'WordPress phpass $P$ hash in dump')}','inhaberin@kleinbaeckerei.example');
INSERT INTO `wp_users` VALUES (2,'webagentur','{S(keys.bcrypt(r, pw_sym(r), '2y', 10), 'shadow-hash', 'WordPress 6.8+ bcrypt hash in dump')}','support@webagentur.example');
DROP TABLE IF EXISTS `wp_options`;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://kleinbaeckerei.example','yes');
INSERT INTO `wp_options` VALUES (2,'mailserver_pass','{N('password', 'smtp', 'WordPress default value of mailserver_pass', 'test-value')}','yes');
INSERT INTO `wp_options` VALUES (3,'mailserver_login','{N('login@example.com', 'wordpress', 'WordPress default sample login', 'placeholder')}','yes');
INSERT INTO `wp_options` VALUES (4,'wc_stripe_settings','a:3:{{s:7:"enabled";s:3:"yes";s:15:"publishable_key";s:107:"pk_live_{rs(r, 99)}";s:10:"secret_key";s:107:"{f.p(stripe(r), 'stripe', 'WooCommerce Stripe secret key in serialized option')}";}}','yes');
INSERT INTO `wp_options` VALUES (5,'recovery_keys','a:0:{{}}','yes');
""")

    f = new(W + "kleinbaeckerei/public_html/.htaccess"); r = f.r; S, N = f.s, f.n
    f.done(f"""# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{{HTTP:Authorization}}]
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{{REQUEST_FILENAME}} !-f
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
<Files wp-login.php>
AuthType Basic
AuthName "{N('Restricted: enter password', 'apache', 'auth realm text', 'ui-label')}"
AuthUserFile /home/kleinbae/.htpasswds/public_html/passwd
Require valid-user
</Files>
""")
    f = new(W + "kleinbaeckerei/.htpasswds/public_html/passwd"); r = f.r; S, N = f.s, f.n
    import hashlib, base64 as b64
    shapw = "{SHA}" + b64.b64encode(hashlib.sha1(pw_word(r).encode()).digest()).decode()
    f.done(f"""inhaberin:{S(keys.bcrypt(r, pw_word(r), '2y', 5), 'htpasswd', 'bcrypt htpasswd entry')}
agentur:{S(shapw, 'htpasswd', 'unsalted {SHA} htpasswd entry')}
""")

    f = new(W + "kleinbaeckerei/.ssh/sftp-config.json"); r = f.r; S, N = f.s, f.n
    f.done(f"""{{
    // sftp, ftp or ftps
    "type": "sftp",
    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "host": "s41.webhost.example",
    "user": "kleinbae",
    "password": "{S(pw_word(r), 'sftp', 'Sublime SFTP sftp-config.json password')}",
    "port": "22",
    "remote_path": "/home/kleinbae/public_html/",
    "ignore_regexes": ["\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json"],
    "connect_timeout": 30
}}
""")

    f = new(W + "vereinsheim/public_html/configuration.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
class JConfig {{
	public $offline = false;
	public $sitename = 'SV Vereinsheim 1921 e.V.';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'vereinsh_j4';
	public $password = '{S(pw_sym(r), 'mysql', 'Joomla $password (DB)')}';
	public $db = 'vereinsh_j4';
	public $dbprefix = 'x7k2_';
	public $secret = '{S(rs(r, 16), 'joomla', 'Joomla $secret')}';
	public $mailer = 'smtp';
	public $mailfrom = 'info@vereinsheim.example';
	public $smtpauth = true;
	public $smtpuser = 'info@vereinsheim.example';
	public $smtppass = '{S(pw_season(r), 'smtp', 'Joomla $smtppass')}';
	public $smtphost = 'smtp.ionos.de';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $ftp_enable = false;
	public $ftp_user = '';
	public $ftp_pass = '{N('', 'ftp', 'FTP layer disabled, empty', 'empty', anchor='ftp_pass')}';
	public $proxy_pass = '';
	public $session_handler = 'database';
}}
""")
    f = new(W + "vereinsheim/public_html/language/de-DE/com_users.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""COM_USERS_LOGIN_PASSWORD_LABEL="{N('Passwort', 'joomla', 'language string', 'ui-label')}"
COM_USERS_PROFILE_PASSWORD1_LABEL="Passwort"
COM_USERS_PROFILE_PASSWORD2_LABEL="{N('Passwort bestätigen', 'joomla', 'language string', 'ui-label')}"
COM_USERS_RESET_COMPLETE_LABEL="{N('Bitte ein neues Passwort eingeben. Das Passwort muss mindestens 12 Zeichen lang sein.', 'joomla', 'language string', 'ui-label')}"
COM_USERS_FIELD_PASSWORD_MISMATCH="Die Passwörter stimmen nicht überein."
""")

    f = new(W + "shopdemo/public_html/app/config/parameters.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'shopdemo_ps',
    'database_user' => 'shopdemo_ps',
    'database_password' => '{S(pw_alnum(r, 16), 'mysql', 'PrestaShop database_password')}',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => {N('NULL', 'smtp', 'null value', 'empty', anchor='mailer_password')},
    'secret' => '{S(rs(r, 56), 'prestashop', 'PrestaShop secret')}',
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => '{S(rs(r, 56), 'prestashop', 'PrestaShop cookie_key')}',
    'cookie_iv' => '{N('', 'prestashop', 'empty, new_cookie_key used', 'empty', anchor="'cookie_iv' => '")}',
    'new_cookie_key' => 'def00000{hexs(r, 120)}',
  ),
);
""")

    f = new(W + "forum/public_html/config.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
// phpBB 3.3.x auto-generated configuration file
// Do not change anything in this file!
$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';
$dbhost = 'localhost';
$dbport = '';
$dbname = 'forum_phpbb';
$dbuser = 'forum_phpbb';
$dbpasswd = '{S(pw_word(r) + r.choice('!#%'), 'mysql', 'phpBB $dbpasswd')}';
$table_prefix = 'phpbb_';
$phpbb_adm_relative_path = 'adm/';
$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';
@define('PHPBB_INSTALLED', true);
@define('PHPBB_ENVIRONMENT', 'production');
""")

    f = new(W + "wiki/public_html/LocalSettings.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
# This file was automatically generated by the MediaWiki 1.41.0 installer.
if ( !defined( 'MEDIAWIKI' ) ) {{ exit; }}
$wgSitename = "Vereinswiki";
$wgServer = "https://wiki.vereinsheim.example";
$wgEnableEmail = true;
$wgPasswordSender = "{N('wiki@vereinsheim.example', 'mediawiki', 'sender address setting (not a password)', 'identifier')}";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBname = "wiki_mw";
$wgDBuser = "wiki_mw";
$wgDBpassword = "{S(pw_alnum(r, 20), 'mysql', 'MediaWiki $wgDBpassword')}";
$wgSecretKey = "{S(hexs(r, 64), 'mediawiki', 'MediaWiki $wgSecretKey')}";
$wgAuthenticationTokenVersion = "1";
$wgUpgradeKey = "{S(hexs(r, 16), 'mediawiki', 'MediaWiki $wgUpgradeKey')}";
$wgPasswordPolicy['policies']['default']['MinimalPasswordLength'] = {N('10', 'mediawiki', 'password policy', 'policy', anchor='MinimalPasswordLength')};
""")

    f = new(W + "lernplattform/public_html/config.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'lernpl_moodle';
$CFG->dbuser    = 'lernpl_moodle';
$CFG->dbpass    = '{S(pw_sym(r), 'mariadb', 'Moodle $CFG->dbpass')}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://lernen.vereinsheim.example';
$CFG->dataroot  = '/home/lernpl/moodledata';
$CFG->passwordsaltmain = '{N('', 'moodle', 'empty salt setting', 'empty', anchor="CFG->passwordsaltmain = '")}';
$CFG->passwordpolicy = {N('1', 'moodle', 'password policy flag', 'policy', anchor='passwordpolicy')};
require_once(__DIR__ . '/lib/setup.php');
""")

    f = new(W + "billing/public_html/configuration.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
$license = 'Owned-{rs(r, 20, UPNUM + '0123456789')}';
$db_host = 'localhost';
$db_port = '';
$db_username = 'billing_whmcs';
$db_password = '{S(pw_rand(r, 20, '!#%*-_=+'), 'mysql', 'WHMCS $db_password')}';
$db_name = 'billing_whmcs';
$cc_encryption_hash = '{S(rs(r, 64), 'whmcs', 'WHMCS cc_encryption_hash')}';
$templates_compiledir = 'templates_c';
$mysql_charset = 'utf8';
""")

    f = new(W + "kleinbaeckerei/bin/nightly-backup.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/bash
# cron: 15 3 * * * /home/kleinbae/bin/nightly-backup.sh
D=$(date +%F)
mysqldump -u kleinbae_wp482 -p'{S(pw_rand(r, 16, '!#%*@-_.'), 'mysql', 'mysqldump -p password in cron script')}' kleinbae_wp482 | gzip > ~/backups/wp-$D.sql.gz
tar czf ~/backups/files-$D.tgz -C ~/public_html .
lftp -u kb-backup,'{S(pw_word(r), 'ftp', 'lftp -u user,password to offsite FTP')}' ftp.backupspace.example -e "mirror -R --only-newer ~/backups /kleinbae; quit"
find ~/backups -mtime +14 -delete
""")

    f = new(W + "shopdemo/logs/error_log"); r = f.r; S, N = f.s, f.n
    pw = pw_alnum(r, 16)
    f.done(f"""[12-Feb-2024 03:14:07 UTC] PHP Warning:  mysqli_connect(): (HY000/1045): Access denied for user 'shopdemo_ps'@'localhost' (using password: {N('YES', 'mysql', 'MySQL error text, not a password', 'ui-label', anchor='using password')}) in /home/shopdemo/public_html/classes/db/DbMySQLi.php on line 64
[12-Feb-2024 03:14:07 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /home/shopdemo/public_html/classes/db/DbPDO.php:72
Stack trace:
#0 /home/shopdemo/public_html/classes/db/DbPDO.php(72): PDO->__construct('mysql:host=127....', 'shopdemo_ps', '{S(pw, 'mysql', 'DB password leaked in PHP stack trace arguments')}', Array)
#1 /home/shopdemo/public_html/classes/db/Db.php(233): DbPDOCore->connect()
#2 {{main}}
  thrown in /home/shopdemo/public_html/classes/db/DbPDO.php on line 72
[12-Feb-2024 03:20:41 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused
#0 /home/shopdemo/public_html/classes/db/DbPDO.php(72): PDO->__construct('mysql:host=127....', 'shopdemo_ps', {N("Object(SensitiveParameterValue)", 'mysql', 'PHP 8.2 redacts #[SensitiveParameter] arguments', 'masked')}, Array)
""")

    f = new(W + "kleinbaeckerei/public_html/wp-content/debug.log"); r = f.r; S, N = f.s, f.n
    f.done(f"""[11-Feb-2024 20:01:55 UTC] WP Mail SMTP: Mailer: Other SMTP
[11-Feb-2024 20:01:55 UTC] SMTP auth user=inhaberin@kleinbaeckerei.example pass={N('[redacted]', 'smtp', 'plugin redacts password', 'masked')}
[11-Feb-2024 20:01:56 UTC] SMTP Error: Could not authenticate.
[11-Feb-2024 20:02:10 UTC] PHP Notice:  Function wp_enqueue_script was called incorrectly.
""")

    f = new(W + "kleinbaeckerei/.lftprc"); r = f.r; S, N = f.s, f.n
    f.done(f"""set ssl:verify-certificate no
set ftp:ssl-force true
bookmark offsite ftp://kb-backup:{S(pw_url(r), 'ftp', 'lftp bookmark URL password')}@ftp.backupspace.example/kleinbae
""")

    f = new(W + "kleinbaeckerei/public_html/wp-content/plugins/kb-orders/includes/class-kb-api.php"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?php
class KB_Api {{
    const ENDPOINT = 'https://api.lieferdienst.example/v1/';
    private $user = 'kleinbaeckerei';
    private $pass = '{S(pw_sym(r), 'lieferdienst-api', 'HTTP basic password in plugin class')}';

    public function post( $path, $body ) {{
        return wp_remote_post( self::ENDPOINT . $path, array(
            'headers' => array(
                'Authorization' => 'Basic ' . base64_encode( $this->user . ':' . $this->pass ),
            ),
            'body' => wp_json_encode( $body ),
        ) );
    }}

    public function ldap_check( $u, $p ) {{
        $c = ldap_connect( 'ldaps://dc1.kleinbaeckerei.local' );
        return ldap_bind( $c, 'CN=wp-bind,OU=Service,DC=kleinbaeckerei,DC=local', '{S(pw_word(r), 'ldap', 'LDAP bind password in ldap_bind()')}' );
    }}

    public function settings_password() {{
        return {N("get_option( 'kb_api_password' )", 'wordpress', 'option lookup', 'function-call')};
    }}
}}
""")
    plain(W + "kleinbaeckerei/public_html/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://kleinbaeckerei.example/wp-sitemap.xml\n")
    plain(W + "vereinsheim/public_html/.user.ini", "memory_limit = 256M\nupload_max_filesize = 64M\npost_max_size = 64M\nmax_execution_time = 120\ndisplay_errors = Off\nsession.cookie_secure = 1\n")
