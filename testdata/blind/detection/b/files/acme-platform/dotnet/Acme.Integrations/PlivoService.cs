using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class PlivoService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string PlivoAuthToken = "q80bMGZshbbVRXd3IYArleZ3GLyDCy";

    }
}
