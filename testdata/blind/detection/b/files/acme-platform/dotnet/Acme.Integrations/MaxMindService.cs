using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class MaxMindService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string MaxMindAccountId = "950366";
        private const string MaxMindLicenseKey = "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";

    }
}
