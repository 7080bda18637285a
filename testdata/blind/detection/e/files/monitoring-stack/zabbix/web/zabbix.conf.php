<?php
$DB['TYPE']     = 'POSTGRESQL';
$DB['SERVER']   = 'pg-zbx.mon.internal';
$DB['PORT']     = '0';
$DB['DATABASE'] = 'zabbix';
$DB['USER']     = 'zabbix_web';
$DB['PASSWORD'] = '3ABlMh33DVzMLil4rktgVPv0';
$DB['SCHEMA'] = '';
$DB['ENCRYPTION'] = true;
$DB['VAULT_URL'] = '';
$DB['VAULT_TOKEN'] = '';
$ZBX_SERVER_NAME = 'Fabrikam Monitoring';
$IMAGE_FORMAT_DEFAULT = IMAGE_FORMAT_PNG;
