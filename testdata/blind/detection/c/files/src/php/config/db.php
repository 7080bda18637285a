<?php
$dsn = 'mysql:host=mysql-crm;dbname=crm;charset=utf8mb4';
$pdo = new PDO($dsn, 'crm', 'msolXUEPQ34baIsRN', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$legacy = mysqli_connect('mysql-legacy', 'crm_ro', 'Autumn2022-pQf', 'crm');
$pass = getenv('CRM_DB_PASS');
