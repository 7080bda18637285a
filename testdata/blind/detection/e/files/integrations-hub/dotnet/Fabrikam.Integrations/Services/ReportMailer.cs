using System.Data.SqlClient;
using System.Net;
using System.Net.Mail;
using Azure.Storage.Blobs;

namespace Fabrikam.Integrations.Services
{
    public class ReportMailer
    {
        private const string Storage = "DefaultEndpointsProtocol=https;AccountName=fabrikamreports;AccountKey=V5IOdDi02/D3N6zrGiGACCfQiN2VSKqRYiVyg08VDzS8D7Q/rB3JLwA6jRM4pk6hbxkzSjvsHUi469oXj8u0Dw==;EndpointSuffix=core.windows.net";
        private const string SendGridKey = "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";

        public void Send(string to)
        {
            using var sql = new SqlConnection("Server=erp-sql01.corp.example;Database=ERP;User Id=report_ro;Password=Timber%Puma20;TrustServerCertificate=True");
            var client = new SmtpClient("smtp.corp.example", 587)
            {
                Credentials = new NetworkCredential("reports@corp.example", "Sage5309"),
                EnableSsl = true
            };
            var blobs = new BlobServiceClient(Storage);
        }

        public string FromConfig(IConfiguration cfg) => cfg["Smtp:Password"];
    }
}
