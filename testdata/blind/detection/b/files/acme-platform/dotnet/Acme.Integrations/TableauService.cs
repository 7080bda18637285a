using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class TableauService
    {
        private readonly HttpClient _http = new HttpClient();

        private static readonly string TableauPatSecret = _config["TABLEAU:PAT:SECRET"];

    }
}
