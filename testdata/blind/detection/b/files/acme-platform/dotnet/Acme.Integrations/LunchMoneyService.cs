using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class LunchMoneyService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            var lunchMoney = new LunchMoneyClient("84f93e031165e4499f3a31157a4396b1945aeb9d0a09ebc00b");

        }
    }
}
