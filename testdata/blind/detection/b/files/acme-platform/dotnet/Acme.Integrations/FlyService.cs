using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class FlyService
    {
        private readonly HttpClient _http = new HttpClient();

        private static readonly string FlyApiToken = Environment.GetEnvironmentVariable("FLY_API_TOKEN");

    }
}
