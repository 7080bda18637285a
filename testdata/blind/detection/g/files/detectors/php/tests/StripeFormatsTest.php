<?php

use PHPUnit\Framework\TestCase;

final class StripeFormatsTest extends TestCase
{
    public static function cases(): array
    {
        return [
            ['stripe', "define('STRIPE_SECRET_KEY', 'sk_live_ssBrYvwsQiikYOmXm7yi7CYX');", true],
            ['stripe', "\$stripeSecretKey = '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';", true],
            ['stripe', "new \\Stripe\\Client('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')", true],
            ['stripe', "define('STRIPE_SECRET_KEY', 'pk_live_51lpnJ6xLWud0hDMcETH1UNT0hS0IzJ965WRz1JdbzxU6IIYclgywT2puaM19qcGsRyMttMhszl8GcBiOiQ8P2RMQYZaktZRrtO');", false],
            ['stripe', "define('STRIPE_SECRET_KEY', 'sk_test_EXAMPLEG5MS1KHmN4pdTwYy1');", false],
        ];
    }
}
