using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Services
{
    public static class Integrations
    {
        private const string CoverallsRepoToken = "7soqOwuFF7zAL3lvIKrvxLXEB3hGblgnS9tIC";

        private const string DynatraceApiToken = "dt0c01.6PAJSTUNSL26HMT3PF0GT31H.UFCFH10LOGG9PF3X11CBPCT9TXX42TLVY8HKBS391HDBNWCUUZHU18VHLLT1KXYA";

        public static async Task<string> GetEventbriteAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://www.eventbriteapi.com/v3/users/me/");
            req.Headers.TryAddWithoutValidation("Authorization", "Bearer 9NICUO0VZZ1HTKF71F57");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        public static async Task<string> GetArtifactoryAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://acme.jfrog.io/artifactory/api/system/ping");
            req.Headers.TryAddWithoutValidation("Authorization", "Bearer cmVmdGtuOjAxOjE0MTAzMDMyODg6TVV3dlJmblkxUzg1T1BKeDdEUW9NMEhlSjM2ekRuZ2JC");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        public static readonly string CountrylayerAccessKey = Environment.GetEnvironmentVariable("COUNTRYLAYER_KEY") ?? "86ae215d6a8e79e35da38225eeb6c929";
    }
}
