namespace Acme.Legacy.Data
{
    internal static class Db
    {
        internal const string Odbc = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:legacy-sql.internal,1433;Database=Orders;Uid=orders_svc;Pwd=Qi0xRI-.D-Reylx;Encrypt=yes;";
        internal const string AdoNet = "Server=legacy-sql.internal;Database=Orders;User Id=sa;Password=Jk6eA%3v.W*N*KgVP;TrustServerCertificate=True";
        internal const string Integrated = "Server=legacy-sql.internal;Database=Orders;Integrated Security=SSPI";
    }
}
