using Xunit;

namespace Scanner.Tests;

public class StripeTokensTests
{
    [Theory]
    [InlineData("stripe", "STRIPE_SECRET_KEY=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")]
    [InlineData("stripe", "var client = new StripeClient(\"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\");")]
    [InlineData("stripe", "\"Stripe\": { \"ApiKey\": \"whsec_3hefe9RhLVyIkpe8Zt4EMXhVeo3QveFD\" }")]
    [InlineData("stripe", "STRIPE_SECRET_KEY=pk_live_51SEqpAF5DzGADmXqA5TQVcCOmOsRbknLW0xLfCh6FI7YeiYrl0cXBzNrM4RoBVgxMYEdSdqUSFGePZK3cO4PFuTKbuk8r3wBIC", false)]
    [InlineData("stripe", "STRIPE_SECRET_KEY=sk_test_EXAMPLEocXsqFU5eJETw4yiK", false)]
    [InlineData("stripe", "STRIPE_SECRET_KEY=sk_live_<your-secret-key>", false)]
    public void Detects(string provider, string input, bool expected = true)
    {
        Assert.Equal(expected, Detector.Scan(input).Any(f => f.Provider == provider));
    }
}
