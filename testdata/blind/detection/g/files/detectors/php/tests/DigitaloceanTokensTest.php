<?php

use PHPUnit\Framework\TestCase;

final class DigitaloceanTokensTest extends TestCase
{
    public static function cases(): array
    {
        return [
            ['digitalocean', "define('DIGITALOCEAN_TOKEN', 'doo_v1_3f7d483ecf33b775d86a3eb46e512aebe247f0e06338323bb6d6f5ee6beb6390');", true],
            ['digitalocean', "\$digitaloceanToken = 'dor_v1_7192b6a45ab04efebf160cc4dbd0794a2c62f9ec6a6e420f07090c14374b2706';", true],
            ['digitalocean', "new \\Digitalocean\\Client('dop_v1_88a65f9dd47886a317888f85be2a63904c23b55f4d2cde51f50228144cc0e83c')", true],
            ['digitalocean', "define('DIGITALOCEAN_TOKEN', 'dop_v1_alt2jhal');", false],
            ['digitalocean', "define('DIGITALOCEAN_TOKEN', 'REPLACE_ME');", false],
            ['digitalocean', "define('DIGITALOCEAN_TOKEN', '${DIGITALOCEAN_TOKEN}');", false],
        ];
    }
}
