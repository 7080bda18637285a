<?php

namespace App\Services;

use Stripe\StripeClient;

class Billing
{
    public function client(): StripeClient
    {
        return new StripeClient('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');
    }

    public function sandbox(): StripeClient
    {
        return new StripeClient(config('services.stripe.secret'));
    }
}
