using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Integrations
{
    public static class Integrations
    {
        private const string BoxClientId = "wggfeohjo7wkuehw9hu37yezyuu82p6e";
        private const string BoxClientSecret = "H1mx4BM0NM3aOSi0gzguKCZDavg2g8DW";

        public static readonly string CodaApiToken = Environment.GetEnvironmentVariable("CODA_API_TOKEN") ?? "0406a7fb-531f-44dc-8b86-af8db73caa89";

        public static async Task<string> GetBetterstackAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://uptime.betterstack.com/api/v2/monitors");
            req.Headers.TryAddWithoutValidation("Authorization", "Bearer YEZBgebqsOh1VHTtgfCJKEfr");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        private const string SquareToken = "sq0atp-993Cm6gjM0SCe1857rzO1V";
    }
}
