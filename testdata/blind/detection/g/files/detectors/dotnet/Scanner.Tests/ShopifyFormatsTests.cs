using Xunit;

namespace Scanner.Tests;

public class ShopifyFormatsTests
{
    [Theory]
    [InlineData("shopify", "SHOPIFY_ACCESS_TOKEN=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")]
    [InlineData("shopify", "var client = new ShopifyClient(\"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\");")]
    [InlineData("shopify", "\"Shopify\": { \"ApiKey\": \"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\" }")]
    [InlineData("shopify", "SHOPIFY_ACCESS_TOKEN=shpat_qDMF7xsN", false)]
    [InlineData("shopify", "SHOPIFY_ACCESS_TOKEN=<your-token>", false)]
    public void Detects(string provider, string input, bool expected = true)
    {
        Assert.Equal(expected, Detector.Scan(input).Any(f => f.Provider == provider));
    }
}
