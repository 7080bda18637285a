using SendGrid;
using SendGrid.Helpers.Mail;

namespace Acme.Reports.Email
{
    public class Mailer
    {
        private readonly SendGridClient _client = new SendGridClient("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");
        public Task SendAsync(SendGridMessage msg) => _client.SendEmailAsync(msg);
    }
}
