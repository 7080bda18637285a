using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class GoogleService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var google = new GoogleClient("AIza5H1fqX2Rr3whOWVE02mP-aNXPnzZpIgJIxH");

        }
    }
}
