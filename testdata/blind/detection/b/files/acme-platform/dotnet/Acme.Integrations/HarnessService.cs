using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class HarnessService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            _http.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", "pat.x1LGnGYN28NupTqKg0qIR7.f0815d8df5d6fa9d77b38f7d.1jLo2nH4dmvEsOpDbq4w");

        }
    }
}
