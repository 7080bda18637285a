using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class BrevoService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var brevo = new BrevoClient("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");

        }
    }
}
