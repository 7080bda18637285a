using System.Data.SqlClient;
using System.Net;
using System.Net.Mail;

namespace Northwind.Sync
{
    public static class Clients
    {
        public static SqlConnection Sql() =>
            new SqlConnection("Server=sql-erp;Database=Erp;User Id=sync;Password=Quartzkestrel81_;TrustServerCertificate=True");

        public static SmtpClient Smtp() => new SmtpClient("smtp.northwind.io", 587)
        {
            Credentials = new NetworkCredential("sync@northwind.io", "1xt9x14QDPqgeyESxkHFLbka"),
            EnableSsl = true
        };
        public static string Secret => Environment.GetEnvironmentVariable("SYNC_SECRET");
    }
}
