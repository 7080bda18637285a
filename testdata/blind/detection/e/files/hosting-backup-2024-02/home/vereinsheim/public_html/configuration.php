<?php
class JConfig {
	public $offline = false;
	public $sitename = 'SV Vereinsheim 1921 e.V.';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'vereinsh_j4';
	public $password = 'Cinder!Carbon83';
	public $db = 'vereinsh_j4';
	public $dbprefix = 'x7k2_';
	public $secret = 'h1TliSlLDo33Hb4B';
	public $mailer = 'smtp';
	public $mailfrom = 'info@vereinsheim.example';
	public $smtpauth = true;
	public $smtpuser = 'info@vereinsheim.example';
	public $smtppass = 'Autumn2018!';
	public $smtphost = 'smtp.ionos.de';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $ftp_enable = false;
	public $ftp_user = '';
	public $ftp_pass = '';
	public $proxy_pass = '';
	public $session_handler = 'database';
}
