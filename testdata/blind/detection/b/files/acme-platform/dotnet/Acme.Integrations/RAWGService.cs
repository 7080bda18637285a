using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class RAWGService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string RAWGApiKey = "46d23689365033zku0ed3f87dv2wy1a4";

    }
}
