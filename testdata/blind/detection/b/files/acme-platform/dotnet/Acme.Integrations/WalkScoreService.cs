using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class WalkScoreService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string WalkScoreApiKey = "45527e2a3518fd98fcd4c7de05818886";

    }
}
