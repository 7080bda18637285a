using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class TravelpayoutsService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string TravelpayoutsApiToken = "a1082da2674d5754becbfd78520af4139d083c4";

    }
}
