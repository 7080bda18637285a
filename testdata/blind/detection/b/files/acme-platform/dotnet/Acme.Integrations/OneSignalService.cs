using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class OneSignalService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string OneSignalOrgApiKey = "os_v2_org_6po5h3xyxewdatsr6qumus647s6cd27bajo6c7r6xrha7x54t3cyfhgtufenmfxfunvmr5464a26wottuqxce";

    }
}
