using Xunit;

namespace Scanner.Tests;

public class Providers06Tests
{
    [Theory]
    [InlineData("scraperapi", "\"Scraperapi\": { \"ApiKey\": \"d7833a0b71ff6ea4b032e75d81213865\" }")]
    [InlineData("scraperapi", "SCRAPERAPI_KEY={{ .Values.scraperapi.apiKey }}", false)]
    [InlineData("vercel", "\"Vercel\": { \"ApiKey\": \"ivvpkPTwZMKDuUZy1aT1TNhs\" }")]
    [InlineData("vercel", "var client = new VercelClient(\"ZBYSU6O9LywpLvYtOL398Dxv\");")]
    [InlineData("elevenlabs", "\"Elevenlabs\": { \"ApiKey\": \"sk_73c5c2aa8b302160bf2a18e40c02352752f79102c4f6c232\" }")]
    [InlineData("elevenlabs", "ELEVENLABS_API_KEY=sk_7c615935d31327e44016ad9406555d7a9dc8912f24bb01da")]
    [InlineData("elevenlabs", "ELEVENLABS_API_KEY=sk_.,~4f6c8e8d0dd8d8af81fd10c2956af383ddaceb9d1", false)]
    [InlineData("coveralls", "COVERALLS_REPO_TOKEN=GlZKi47EVnVA3iCMnvG0OKkEutOu4iCuG")]
    [InlineData("coveralls", "\"Coveralls\": { \"ApiKey\": \"D02kOnjmv5ZOy4wgxJJoUxsC5mUQ5uAK8\" }")]
    [InlineData("marketstack", "var client = new MarketstackClient(\"a0182b4a158cec7472e3f02f3c42dfeb\");")]
    [InlineData("supabasetoken", "\"Supabasetoken\": { \"ApiKey\": \"sbp_b67c1198fdf4aa50f3e9d72935b29e86da606069\" }")]
    [InlineData("plaid", "var client = new PlaidClient(\"dfd089a656c877bd720fa7e71cda71\");")]
    [InlineData("plaid", "PLAID_SECRET=<your-api-key>", false)]
    [InlineData("microsoftteamswebhook", "var client = new MicrosoftteamswebhookClient(\"https://acme.webhook.office.com/webhookb2/630e4688-4c14-450e-846f-b4eccb6a8ecd@fce75434-c42a-49b4-af05-a92d27b9e295/IncomingWebhook/fed00f95a4f0f931e9415d9ca37312d4/33b8316e-b2c0-47a6-8616-ca71ba02d1fb\");")]
    [InlineData("codacy", "\"Codacy\": { \"ApiKey\": \"3Uka1orHAzwu4sPVTYsF\" }")]
    [InlineData("codacy", "CODACY_API_TOKEN=dummy", false)]
    [InlineData("buttercms", "var client = new ButtercmsClient(\"fde583970f4367ac9a7588592259da2240b38096\");")]
    [InlineData("uploadcare", "UPLOADCARE_SECRET_KEY=6261e1d0e95a8e302cb1")]
    [InlineData("toggltrack", "TOGGL_API_TOKEN=7e57140cac34ce98b80b9d45afd7b493")]
    public void Detects(string provider, string input, bool expected = true)
    {
        Assert.Equal(expected, Detector.Scan(input).Any(f => f.Provider == provider));
    }
}
