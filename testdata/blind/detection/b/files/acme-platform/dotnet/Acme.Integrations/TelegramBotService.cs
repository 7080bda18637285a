using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class TelegramBotService
    {
        private readonly HttpClient _http = new HttpClient();

        private const string TelegramBotBotToken = "1407840122:AAstknaiFpbLb1qbtKKDvfR89yfOFUZn_bx";

    }
}
