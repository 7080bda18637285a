namespace Billing.Api.Data;

public partial class BillingContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder b) =>
        b.UseSqlServer("Server=10.20.4.17;Database=billing;User Id=billing;Password=m0YY08UdjKKIxB;TrustServerCertificate=True");
}
