using Microsoft.Extensions.Configuration;

namespace Acme.Legacy
{
    public class Startup
    {
        private const string NuGetApiKey = "oy2gkeu74z15zu414k86dbi90c8nq3kin5pgd4gkzc4qyg";
        private const string AzureOpenAiKey = "0ad5c23cbc88b3b20553422c114b3958";
        private const string SasToken = "?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=GqZeTk0REHL8Ruc5gJzfqz2tGlEXw7UfmG3gSVU8p5Y%3D";

        public void Configure(IConfiguration configuration)
        {
            var azure_openai_api_key = "f291396708f76ad0bab2b68871516d7a";
            var storage_account_key = "Sj+GO+hOsvj+nCkceJywl3G9ez7trMfJ8dFYLSPVx2cXBIUYeGWdu91aKzFEAria3Ngmc2mWsYB5VemuxDKi++==";
            var client = new OpenAIClient(new Uri("https://acme.openai.azure.com/"), new AzureKeyCredential(azure_openai_api_key));
        }
    }
}
