namespace Acme.Integrations
{
public static class Settings
{
// Groq
        client.DefaultRequestHeaders.Add("X-Groq-Key", "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");

// Smooch
        client.DefaultRequestHeaders.Add("X-Smooch-Key", "QwgYvKaXL2pnqpeWFQP3CeO_l_ZmTl09yaywwGXJymT4gDTpZp2K7yS1znI2Hex5");

// Paperform
    private const string PaperformApiKey = "changeme";

// Dotdigital
    private const string DotdigitalApiKey = "DchFVqhAcYOX!79";

// Blogger
    private const string BloggerApiKey = "AIzacE6D5kw2QVwSNCuMWKwDluANGuRWVf_Mb-R";

// SalesBlink
    private const string SalesblinkApiKey = "cMLfNU3R1lOJFA3JyVtgpjmyGU7rTaPXCs9jN7fJ";

// Asana
    private const string AsanaApiKey = "2/1938576061530990/8554892110296558:44637da03a5c6d041e19bbcd5a450559";

// Nylas
        client.DefaultRequestHeaders.Add("X-Nylas-Key", "nyk_v0_T8CcvBjCldqDko9J6UeuaRO63cUiiKL7rUhYagRbtca6VbyItgF6CqK8");
// Linear
    private const string LinearApiKey = "lin_api_XNxNXg4E2ONRH2ywD40hJD43UqJ4IBTh95o2abXP";

}
}
