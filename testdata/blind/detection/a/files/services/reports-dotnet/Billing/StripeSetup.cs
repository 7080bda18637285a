using Stripe;

namespace Acme.Reports.Billing
{
    public static class StripeSetup
    {
        public static void Configure()
        {
            StripeConfiguration.ApiKey = "rk_test_51YC4nuBUmTRjf0s6HiqRx6GoPOSuX7OwbNfOrFgOxVgfRm1KzqLgsA1KI21DzHxPhuC4RFMbhj8UkcgFgx4DOItGVIcx1WkbWL";
        }
    }
}
