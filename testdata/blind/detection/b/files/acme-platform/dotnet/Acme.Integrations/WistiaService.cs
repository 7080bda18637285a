using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class WistiaService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var wistia = new WistiaClient("bb81bfb61bed8bd2b57718dce80dd9bf2e60f2a0b7f573e811ab26927952ff10");

        }
    }
}
