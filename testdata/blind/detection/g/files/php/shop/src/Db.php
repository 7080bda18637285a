<?php
namespace Shop;

final class Db
{
    public static function pdo(): \PDO
    {
        return new \PDO('mysql:host=mysql.staging.acme.io;dbname=shop', 'shop', 'DK*0^y84yXEw6U%');
    }
}
