using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class InfuraService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var infura = new InfuraClient("fd8c6bc0322912e5fd6a8694b192f92c");

        }
    }
}
