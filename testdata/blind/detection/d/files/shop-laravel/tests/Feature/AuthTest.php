<?php

namespace Tests\Feature;

use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class AuthTest extends TestCase
{
    use RefreshDatabase;

    public function test_user_can_log_in(): void
    {
        $user = User::factory()->create(['password' => bcrypt('password')]);

        $this->post('/login', ['email' => $user->email, 'password' => 'password'])
            ->assertRedirect('/dashboard');
    }

    public function test_api_rejects_bad_token(): void
    {
        $this->withToken('not-a-real-token')->getJson('/api/orders')->assertUnauthorized();
    }

    public function test_stripe_is_faked(): void
    {
        config(['services.stripe.secret' => 'sk_test_fake_for_unit_tests']);
        $this->assertStringStartsWith('sk_test_', config('services.stripe.secret'));
    }
}
