using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class SparkPostService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string SparkPostApiKey = "921c60390bb2489e682bb5e9112205b8cde427ae";

    }
}
