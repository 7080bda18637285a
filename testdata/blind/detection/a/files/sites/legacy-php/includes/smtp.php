<?php
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.office365.com';
$mail->SMTPAuth = true;
$mail->Username = 'noreply@acme-corp.io';
$mail->Password = 'Vv0Ivq#70csoh%PRms';
$mail->Port = 587;
