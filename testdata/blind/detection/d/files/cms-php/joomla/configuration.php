<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Sportverein Olimp';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'olimp_j4';
	public $password = 'sofia.pebble71';
	public $db = 'olimp_joomla';
	public $dbprefix = 'x7k2_';
	public $secret = 'Szkz08eX1n9Jl9kH';
	public $mailer = 'smtp';
	public $mailfrom = 'info@sportverein-olimp.example';
	public $smtpauth = true;
	public $smtpuser = 'info@sportverein-olimp.example';
	public $smtppass = 'OTTER*4024';
	public $smtphost = 'smtp.ionos.de';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $proxy_pass = '';
}
