using System.Net;
using System.Net.Mail;

namespace Acme.Legacy
{
    public static class MailSender
    {
        public static SmtpClient Create() => new SmtpClient("smtp.acme.example", 587)
        {
            Credentials = new NetworkCredential("noreply@acme.example", "DMxk#UdTHNO60PX12"),
            EnableSsl = true,
        };
    }
}
