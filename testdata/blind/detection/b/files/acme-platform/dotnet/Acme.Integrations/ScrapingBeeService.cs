using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class ScrapingBeeService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var uri = new Uri("https://app.scrapingbee.com/api/v1/?api_key=TT185ZC10W85JWF4GVFEY052LPKYW0ZG7PSHZMMVNAUY9NLN6J9MPXX92QGH0DK6UG9UHA4JZ2YHE9TY");

        }
    }
}
