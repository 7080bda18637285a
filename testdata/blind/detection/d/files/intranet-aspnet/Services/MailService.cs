using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Intranet.Services;

public sealed class MailService
{
    private readonly SmtpClient _client;

    public MailService(IOptions<SmtpOptions> options)
    {
        _client = new SmtpClient(options.Value.Host, 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("intranet@corp-internal.net", "fVD1zNTbEK6L*B64DH7bV^fP!+TTw"),
        };
    }

    public static SmtpClient ForDevelopment() =>
        new("localhost", 2525) { Credentials = new NetworkCredential("dev", Environment.GetEnvironmentVariable("DEV_SMTP_PASSWORD")) };

    public Task SendAsync(MailMessage message) => _client.SendMailAsync(message);
}
