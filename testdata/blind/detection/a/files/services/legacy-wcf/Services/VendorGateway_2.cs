using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Services
{
    public static class Integrations
    {

        public static async Task<string> GetCloudflareAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://api.cloudflare.com/client/v4/zones");
            req.Headers.TryAddWithoutValidation("X-Auth-Key", "48df3813dec8c7b2362670057af47769d9969");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        public static async Task<string> GetRubygemsAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://rubygems.org/api/v1/gems");
            req.Headers.TryAddWithoutValidation("Authorization", "rubygems_3f6e3781e04a2161fa0d7abd0e1cbc4340cbaa507051a69a");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        private const string BitbarApiKey = "6INckiZiB6mdDGw8YiPjv3CxX5ECk5TV";
    }
}
