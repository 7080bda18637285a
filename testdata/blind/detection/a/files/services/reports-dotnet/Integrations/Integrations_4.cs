using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Integrations
{
    public static class Integrations
    {
        private const string ConfluentApiSecret = "REPLACE_WITH_CONFLUENT_CLOUD_API_SECRET";
    }
}
