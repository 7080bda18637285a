using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class LemonSqueezyService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var lemonSqueezy = new LemonSqueezyClient("<your-lemonsqueezy-api-key>");

        }
    }
}
