using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class NumverifyService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string NumverifyAccessKey = "05ec64e2c6d1271db83e22077245bd68";

    }
}
