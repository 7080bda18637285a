-- MySQL dump 10.13  Distrib 8.4.3, for Linux (x86_64)
--
-- Host: db01.lab    Database: shop
-- ------------------------------------------------------
-- Server version	8.4.3

/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

CREATE USER IF NOT EXISTS 'report'@'10.0.5.%' IDENTIFIED BY 'MkAoTUe0kzP3M2NkF';
CREATE USER IF NOT EXISTS 'backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON shop.* TO 'report'@'10.0.5.%';

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'f0ad63ef-4300-4d28-87b2-219313c37c4e','Admin','admin@kovalenko.dev','$2y$12$ZSdUCVWkXwIX6X6kspO0cMfWGkPfAQFhT8A/rYM.7JYozaMWh6PhE',NULL);
INSERT INTO `users` VALUES (2,'ff482c33-87d0-4f5f-9d15-49011b716d7f','Marta Lis','marta@kovalenko.dev','$2y$12$NMBuyqtqa.gROqp/ot3XS5NiW6I1HJh/sUqpiIh/AkNuwmM95SIey',NULL);
INSERT INTO `users` VALUES (3,'e02c8597-23ab-4e24-9b2d-f3808ee83bb9','Shop API','api@kovalenko.dev','!',NULL);
UNLOCK TABLES;

--
-- Table structure for table `personal_access_tokens`
--

DROP TABLE IF EXISTS `personal_access_tokens`;
CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `personal_access_tokens` WRITE;
INSERT INTO `personal_access_tokens` VALUES (1,3,'erp-sync','ad92740a779de089350e96794cc87012a74f6cac7d56da4e227b4b169ff24268');
UNLOCK TABLES;

--
-- mysql.user excerpt (from --all-databases run)
--
INSERT INTO `mysql`.`user` (`Host`,`User`,`plugin`,`authentication_string`) VALUES ('%','legacy_erp','mysql_native_password','*7795DA1614D4ADBD1028BE80F0EB221E31323200');
INSERT INTO `mysql`.`user` (`Host`,`User`,`plugin`,`authentication_string`) VALUES ('localhost','mysql.sys','caching_sha2_password','$A$005$THISISACOMBINATIONOFINVALIDSALTANDPASSWORDTHATMUSTNEVERBRBEUSED');

-- Dump completed on 2026-01-15  2:15:04
