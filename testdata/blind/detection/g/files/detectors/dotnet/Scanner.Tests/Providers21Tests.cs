using Xunit;

namespace Scanner.Tests;

public class Providers21Tests
{
    [Theory]
    [InlineData("particleio", "var client = new ParticleioClient(\"ea2abda76c9e4986875f11a58aba3b46ba9785f9\");")]
    [InlineData("particleio", "PARTICLE_ACCESS_TOKEN=dummy", false)]
    [InlineData("web3storage", "var client = new Web3storageClient(\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MDcyMDc2IiwiaWF0IjoxNzE0OTQ0MzcyLCJleHAiOjE3MTc1MzYzNzJ9.PeqOvvtRpERhW_VoI6mJLTSMcfWU945MmqHTERYRi1Q\");")]
    [InlineData("deepseek", "\"Deepseek\": { \"ApiKey\": \"sk-0b8934a664a72769c56c85ce45298ea6\" }")]
    [InlineData("todoist", "TODOIST_API_TOKEN=fa14ec0abee8598585a959b298b28898a1e46ed8")]
    [InlineData("nasdaqdatalink", "\"Nasdaqdatalink\": { \"ApiKey\": \"64M3VO7WytDTHEYRMNN2\" }")]
    [InlineData("nasdaqdatalink", "NASDAQ_DATA_LINK_API_KEY=5sp3JTYQ__tM64xKJw-G")]
    [InlineData("nasdaqdatalink", "NASDAQ_DATA_LINK_API_KEY=dummy", false)]
    [InlineData("zapierwebhook", "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/1444783/7jv3hw/")]
    [InlineData("worldweather", "WWO_API_KEY=3c7965e8c7c5ba01ecd4d8912b9ff64")]
    [InlineData("worldweather", "\"Worldweather\": { \"ApiKey\": \"fde9b7ad8efc42f999b13ff935e685b\" }")]
    [InlineData("adafruitio", "ADAFRUIT_IO_KEY=aio_NmgZu556Pw4tJq5QvYTbPMTWCqyq")]
    [InlineData("adafruitio", "var client = new AdafruitioClient(\"aio_O4lnIsMX9AIsFmyOMwpj3adAB86t\");")]
    [InlineData("thingsboard", "THINGSBOARD_ACCESS_TOKEN=ZzhdrihGPJ7uNJSXQydl")]
    [InlineData("thingsboard", "THINGSBOARD_ACCESS_TOKEN=%(THINGSBOARD_ACCESS_TOKEN)s", false)]
    [InlineData("amplitude", "\"Amplitude\": { \"ApiKey\": \"92723048ba2a694b848ea0f342d85fe3\" }")]
    [InlineData("amplitude", "var client = new AmplitudeClient(\"d278b1d1d415c3734885ad49b5b4880f\");")]
    [InlineData("amplitude", "AMPLITUDE_SECRET_KEY=<your-api-key>", false)]
    [InlineData("moralis", "MORALIS_API_KEY=36Wmu0necK4T1gt3LksWgGbO7D8Y8VY51sMLvIT1gALU2HWZZ4KYQn2oXZAwzC5f")]
    [InlineData("infura", "\"Infura\": { \"ApiKey\": \"f577c0b1c68035aa3d581e6756890e3c\" }")]
    public void Detects(string provider, string input, bool expected = true)
    {
        Assert.Equal(expected, Detector.Scan(input).Any(f => f.Provider == provider));
    }
}
