-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
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
INSERT INTO `wp_users` VALUES (1,'baeckerin','$P$BluE3xeK7uhjBVzCTbsvililPrNsaY/','inhaberin@kleinbaeckerei.example');
INSERT INTO `wp_users` VALUES (2,'webagentur','$2y$10$hzFnr9hVxYshjLsfK5D3GeNDyEq3sNwxYraPsdqhOuzTOoa1HWsBe','support@webagentur.example');
DROP TABLE IF EXISTS `wp_options`;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://kleinbaeckerei.example','yes');
INSERT INTO `wp_options` VALUES (2,'mailserver_pass','password','yes');
INSERT INTO `wp_options` VALUES (3,'mailserver_login','login@example.com','yes');
INSERT INTO `wp_options` VALUES (4,'wc_stripe_settings','a:3:{s:7:"enabled";s:3:"yes";s:15:"publishable_key";s:107:"pk_live_MFzvhq2q8wK0AWDxYC1jbgeoOiXDzuEJ7F9RBV4069xSgcg7mnSC64lUGS6HJxoV5hb18Y8YEGibmMo1WAeOMPv3HNKuIP8EX5n";s:10:"secret_key";s:107:"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";}','yes');
INSERT INTO `wp_options` VALUES (5,'recovery_keys','a:0:{}','yes');
