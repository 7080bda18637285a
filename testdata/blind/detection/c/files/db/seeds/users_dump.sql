-- MySQL dump 10.13  Distrib 8.0.36
-- Host: mysql-prod    Database: portal
LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (101,'Ada Romero','ada.romero@northwind.io','$2b$12$ER6NEhSQS4QQNhuWnC0bixGaghXDWdHp6m1GfaPy3si94WkTwGHdp','2025-01-10 10:22:01');
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (102,'Lin Okafor','lin.okafor@northwind.io','$argon2id$v=19$m=65536,t=3,p=4$Zy/864YdxMAkEkO34ZDiIQ$HnCIl6accpLhNcTvayb9mWLWyHliiAq7nYjO2y/oFss','2025-02-11 10:22:01');
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (103,'Sam Berg','sam.berg@northwind.io','$6$DQlgBPB5wgDH46fh$jYr2SPnxePDwOFQzi0zODHU2CfyYtkKmnyE/SgcmAjHg28DvR/oM3T2HhvBMFtWZU7uFiRpS.sk/9BywPaNMw1','2025-03-12 10:22:01');
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (104,'Priya Nair','priya.nair@northwind.io','$2a$10$WOnzSoF74gi8Bv8vNbMhOo5wWSzzvgwNZsZyOC6vVrh9iWqactPNA','2025-04-13 10:22:01');
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (105,'Tom Keller','tom.keller@northwind.io','$argon2id$v=19$m=65536,t=3,p=4$+nACu/9KiNfR3OidaLWNPA$6CoFTgm7AtXqK2EruE4FUcWDufoedz1wIUgUSmR89tA','2025-05-14 10:22:01');
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`,`created_at`) VALUES (106,'Jo Quist','jo.quist@northwind.io','$2y$12$xyTnLk4Q0E4eYrqFFORiP/4JaL6LtJWdbMo04PcEW6Y93LSikqdvB','2025-06-15 10:22:01');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;
INSERT INTO `plans` (`id`,`name`,`monthly_cents`) VALUES ('0ed1337c-9e29-4bb3-b123-32272ac1b1f3','pro',4900);
INSERT INTO `users` (`id`,`name`,`email`,`password_hash`) VALUES (900,'Disabled','disabled@northwind.io','!');
