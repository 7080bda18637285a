-- MySQL dump 10.13  Distrib 8.0.36
-- Host: localhost    Database: app

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255), `password_hash` varchar(255), PRIMARY KEY (`id`));
INSERT INTO `users` VALUES (1,'alice@acme.io','$2b$12$bGLYyGOeV5.bGlX9DlnH3fkzXOMJpKlS/SDt6rgUM1pmvDwIgJcWW');
INSERT INTO `users` VALUES (2,'bob@acme.io','$2b$12$B53Ws7PMuHqTdYuKQLZ3GLVcXAtDoKV9Igk4sXOGuq/FiaJ1RamrX');
INSERT INTO `users` VALUES (3,'carol@acme.io','$2b$12$69IIVQNX3envc0.TKtn6oOwQxXLWzDupcSm6YtvxRolS1xHxyUBMC');

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (`id` int, `provider` varchar(32), `token` text, `created_at` datetime);
INSERT INTO `integrations` VALUES (1,'github','ghs_8xmc765NakdQQwXUjjNvgWUkYy94xv2w4iil','2025-02-15 10:22:00');
INSERT INTO `integrations` VALUES (2,'slack','xoxb-071510169424-6331404967241-ktQNzyPdtnqtKBWyvm6Cj72i','2025-08-14 10:22:01');
INSERT INTO `integrations` VALUES (3,'sendgrid','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','2025-07-12 10:22:02');
INSERT INTO `integrations` VALUES (4,'stripe','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','2025-06-11 10:22:03');
INSERT INTO `integrations` VALUES (5,'shopify','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','2025-06-16 10:22:04');
INSERT INTO `integrations` VALUES (6,'huggingface','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','2025-04-12 10:22:05');
INSERT INTO `integrations` VALUES (7,'openai','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','2025-08-13 10:22:06');

CREATE TABLE `api_requests` (`request_id` char(36), `token_id` char(36), `status` int);
INSERT INTO `api_requests` VALUES ('a19f5233-8332-47b8-802d-0cb0b86e73d6','6e368077-7ddb-48b5-9f41-e89a1ac3fac7',200);
INSERT INTO `api_requests` VALUES ('a114cdbc-d90b-4c64-bdef-4c1297b94f40','658072bf-e462-4357-8108-1125b963928a',200);
INSERT INTO `api_requests` VALUES ('72c6444c-d63c-41b3-9a02-d1d9727b9ebb','75ea452e-80ae-4c7d-a22e-67803da378bb',200);
