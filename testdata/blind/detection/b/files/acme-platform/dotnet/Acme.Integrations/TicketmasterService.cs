using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class TicketmasterService
    {
        private readonly HttpClient _http = new HttpClient();

        private static readonly string TicketmasterApiKey = _config["TICKETMASTER:API:KEY"];

    }
}
