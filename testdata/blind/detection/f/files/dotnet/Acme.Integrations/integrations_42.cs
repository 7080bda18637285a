namespace Acme.Integrations
{
public static class Settings
{
// Budibase
        client.DefaultRequestHeaders.Add("X-Budibase-Key", "a073696b02a616e0dc8ac7dee1e3b5a7-019676e578d98d265cf611a9c4fb7990b445f9f325377612a1e5d473d6410963");
// ThousandEyes
        client.DefaultRequestHeaders.Add("X-Thousandeyes-Key", "YOUR_THOUSANDEYES_TOKEN_HERE");
// Statuspal
    private const string StatuspalApiKey = "H3qrHuUuBltLXIqZewbLTRfw";

// Telnyx
        client.DefaultRequestHeaders.Add("X-Telnyx-Key", "KEY037D71DB2B614FF7EBF9B9A873455C55E_foQNTnQ3wQXyZwmIjvsQG9");
// Mandrill
        client.DefaultRequestHeaders.Add("X-Mandrill-Key", "md-_52l8o80toypYh0AgSQ_kA");
}
}
