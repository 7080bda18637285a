namespace Acme.Integrations
{
public static class Settings
{
// Kontent.ai
    private const string KontentAiApiKey = "<your-kontent-api-key>";
// Contentful
    private const string ContentfulApiKey = "CFPAT-MyUo7d4IsMtUfGVXs7FcUg646ApB1uX-BfY3NBN1s2T";

// Gist
    private const string GistApiKey = "YOUR_GETGIST_TOKEN_HERE";
// Really Simple Systems
    private const string ReallySimpleSystemsApiKey = "62dfa8a6-ddb2-4576-8509-f420a98a57da";

// Dotdigital
    private const string DotdigitalApiKey = "112e2b45-0259-4baf-93fb-c52a68300ee5";
// karmaCRM
        client.DefaultRequestHeaders.Add("X-Karmacrm-Key", "<your-karmacrm-api-key>");
}
}
