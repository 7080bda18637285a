using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class NFTPortService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string NFTPortApiKey = "89d26329-f8b5-4403-a004-a1ade686568d";

    }
}
