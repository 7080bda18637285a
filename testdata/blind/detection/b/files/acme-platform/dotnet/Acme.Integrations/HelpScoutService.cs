using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class HelpScoutService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var helpScout = new HelpScoutClient("HZ0U8ph0MqEcX1mOl3TUg8oO");

        }
    }
}
