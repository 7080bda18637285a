using OpenAI.Chat;

namespace Acme.Reports.Ai
{
    public static class Summaries
    {
        private static readonly ChatClient Client = new ChatClient("gpt-4o-mini", "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");
    }
}
