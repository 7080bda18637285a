using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Services
{
    public static class Integrations
    {
        private const string AutopilotApiKey = "AUTOPILOT_API_KEY_EXAMPLE_VALUE";

        public static readonly string DatadogApiKey = Environment.GetEnvironmentVariable("DD_API_KEY") ?? "YOUR_API_KEY_HERE";

        public static async Task<string> GetBitlyAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://api-ssl.bitly.com/v4/shorten");
            req.Headers.TryAddWithoutValidation("Authorization", "Bearer 49vc5wc2f71fa401b48j32t8c31d764373658633");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        private const string DatabricksToken = "dapi4352760269f13e6c9faf";
    }
}
