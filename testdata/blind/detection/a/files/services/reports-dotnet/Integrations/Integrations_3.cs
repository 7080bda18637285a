using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Integrations
{
    public static class Integrations
    {

        public static async Task<string> GetFigmaAsync(HttpClient http)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "https://api.figma.com/v1/me");
            req.Headers.TryAddWithoutValidation("X-Figma-Token", "figd_jhvKYQwixWAUDwob0fMhnK6ik");
            var res = await http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        public static readonly string AlibabaAccessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? "ZWURzkS0DUBTZvgnecE6XC2YZ44fE9asB0k";

        public static readonly string MailchimpApiKey = Environment.GetEnvironmentVariable("MAILCHIMP_API_KEY") ?? "${MAILCHIMP_API_KEY}";

        public static readonly string PosthogPersonalApiKey = Environment.GetEnvironmentVariable("POSTHOG_PERSONAL_API_KEY") ?? "REPLACE_WITH_POSTHOG_PERSONAL_API_KEY";
    }
}
